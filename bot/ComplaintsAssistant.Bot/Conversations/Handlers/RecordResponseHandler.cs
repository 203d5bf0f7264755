using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>The stage's response: overall outcome, resolutions, and an outcome per concern (those left blank are not recorded).</summary>
public sealed class RecordResponseHandler(CaseService cases, CaseCards cards, ILogger<RecordResponseHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.RecordResponse;
    protected override string Prefix => "respond.";

    protected override CaseCommand Read(FormReader form, DateOnly today)
    {
        var respondedOn = form.Date("respondedOn", "the date of the response", today);
        var outcome = form.Choice<Outcome>("outcome", "the overall outcome");
        var resolutions = form.Choices<Resolution>("resolutions", "what was done");
        var concerns = form.NumberedChoices<Outcome>("concern.", "the outcome of each concern")
            .Select(c => new ConcernOutcome(c.Number, c.Value)).ToArray();
        return new RecordResponse(new StageResponse(respondedOn, outcome, resolutions, concerns));
    }

    protected override string Done(CaseView view) => $"Response recorded on {view.Case.Reference}: {Workflow.Describe(view.Case.Status)}.";
}
