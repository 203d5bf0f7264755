using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>The complainant asks for the next stage; core decides whether it is in time.</summary>
public sealed class EscalateHandler(CaseService cases, CaseCards cards, ILogger<EscalateHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.Escalate;
    protected override string Prefix => "escalate.";

    protected override CaseCommand Read(FormReader form, DateOnly today) =>
        new RequestEscalation(form.Date("requestedOn", "the date they asked", today), form.OptionalText("lateReason"));

    protected override string Done(CaseView view) => $"Escalation requested on {view.Case.Reference}: the complaints team will decide.";
}
