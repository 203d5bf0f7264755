using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>Extends the running clock; core says whether the new total is within the statutory maximum.</summary>
public sealed class ExtendHandler(CaseService cases, CaseCards cards, ILogger<ExtendHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.Extend;
    protected override string Prefix => "extend.";

    protected override CaseCommand Read(FormReader form, DateOnly today) => new ExtendTimescale(
        form.Number("totalWorkingDays", "the new total of working days"),
        form.Choice<ExtensionGround>("ground", "why"),
        form.Text("reason"),
        form.Toggle("agreed"),
        form.Date("agreedOn", "the date agreed", today));

    protected override string Done(CaseView view) => $"Extended {view.Case.Reference}: response {view.DueInWords}.";
}
