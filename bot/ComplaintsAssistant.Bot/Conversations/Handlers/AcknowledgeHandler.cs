using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>Records that the complainant was acknowledged; where the council counts the response from the acknowledgement,
/// core restarts the clock from that day and the card shows the new due date.</summary>
public sealed class AcknowledgeHandler(CaseService cases, CaseCards cards, ILogger<AcknowledgeHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.Acknowledge;
    protected override string Prefix => "acknowledge.";

    protected override CaseCommand Read(FormReader form, DateOnly today) =>
        new Acknowledge(form.Date("acknowledgedOn", "the date acknowledged", today));

    protected override string Done(CaseView view) =>
        view.DueInWords is { } due ? $"{view.Case.Reference} acknowledged: response {due}." : $"{view.Case.Reference} acknowledged.";
}
