using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Cases;

public sealed partial class Case
{
    /// <summary>Stage 3: the review panel met. Three independent people, the first the chair; the stage 2
    /// Independent Person may not sit. Starts the 5-working-day clock for the recommendations.</summary>
    public Result RecordPanelHearing(DateOnly heldOn, IReadOnlyList<string> members, string actorId, DateTimeOffset now, ClockRules rules)
    {
        var refused = Workflow.Check(this, CaseAction.RecordPanelHearing) ?? ValidatePanel(heldOn, members, now);
        if (refused is not null) return refused;

        var stage = CurrentStage!;
        var clock = rules.Start(Kind, TimescaleKey.PanelRecommendations, ClockName.PanelRecommendations, heldOn);
        if (clock.Error is not null) return clock.Error;
        ReplaceCurrentStage(stage with { Clock = clock.Value, Panel = stage.Panel! with { HeldOn = heldOn, Members = members.Select(m => m.Trim()).ToArray() } });
        Set(_state with { Status = CaseStatus.PanelHeld });
        Record(now, actorId, "panel-held", $"Review panel held {heldOn:yyyy-MM-dd}");
        return Result.Ok;
    }

    private DomainError? ValidatePanel(DateOnly heldOn, IReadOnlyList<string> members, DateTimeOffset now)
    {
        var stage2Person = Stages.FirstOrDefault(s => s.Number == 2)?.IndependentPerson;
        return Check.All(
            Check.NotBefore(heldOn, CurrentStage!.Panel!.RequestedOn, "heldOn", "requestedOn"),
            Check.NotInFuture(heldOn, UkDate.On(now), "heldOn"),
            members.Count == 3 && members.All(m => !string.IsNullOrWhiteSpace(m))
                && members.Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 3
                ? null : DomainError.Invalid("members", "three-panel-members", "A review panel has three independent people; the first named is the chair."),
            stage2Person is not null && members.Any(m => string.Equals(m?.Trim(), stage2Person, StringComparison.OrdinalIgnoreCase))
                ? DomainError.Invalid("members", "independent-person-not-on-panel", "The stage 2 Independent Person may not sit on the review panel.")
                : null);
    }

    private const string RecommendationsWords = "the date the recommendations were received";
    private const string DecisionWords = "the date of the decision";

    /// <summary>Stage 3: the council received the panel's recommendations. Starts the 15-working-day clock for the decision.</summary>
    public Result RecordRecommendations(DateOnly receivedOn, string actorId, DateTimeOffset now, ClockRules rules)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.RecordRecommendations)
            ?? Check.All(Check.NotBefore(receivedOn, stage.Panel!.HeldOn!.Value, "receivedOn", "heldOn", RecommendationsWords),
                Check.NotInFuture(receivedOn, UkDate.On(now), "receivedOn", RecommendationsWords));
        if (refused is not null) return refused;

        var clock = rules.Start(Kind, TimescaleKey.Decision, ClockName.Decision, receivedOn);
        if (clock.Error is not null) return clock.Error;
        ReplaceCurrentStage(stage with { Clock = clock.Value, Panel = stage.Panel! with { RecommendationsReceivedOn = receivedOn } });
        Set(_state with { Status = CaseStatus.RecommendationsIssued });
        Record(now, actorId, "recommendations-received", $"Panel recommendations received {receivedOn:yyyy-MM-dd}");
        return Result.Ok;
    }

    /// <summary>Stage 3: the Director's decision on the panel's recommendations; the council's procedure ends.</summary>
    public Result RecordDecision(StageResponse decision, string actorId, DateTimeOffset now)
    {
        var stage = CurrentStage!;
        var refused = Workflow.Check(this, CaseAction.RecordDecision)
            ?? Check.All(
                ValidateResponse(decision, stage, now, DecisionWords),
                Check.NotBefore(decision.RespondedOn, stage.Panel!.RecommendationsReceivedOn!.Value, "respondedOn", "recommendationsReceivedOn", DecisionWords));
        if (refused is not null) return refused;

        ReplaceCurrentStage(stage.AnsweredBy(decision) with { Panel = stage.Panel! with { DecidedOn = decision.RespondedOn } });
        Set(_state with { Status = CaseStatus.Closed, ClosedOn = decision.RespondedOn, ClosureNote = "Stage 3 decision issued" });
        Record(now, actorId, "decided", $"Stage 3 decision {decision.RespondedOn:yyyy-MM-dd}: {decision.Outcome}");
        return Result.Ok;
    }
}
