namespace ComplaintsAssistant.Core.Cases;

/// <summary>One stage of a procedure, kept when the case moves on so the stage history can be reported.</summary>
/// <param name="Number">1, 2 or 3.</param>
/// <param name="Owner">The responding manager (stage 1), investigating officer (stage 2) or review officer (stage 3).</param>
/// <param name="Clock">The clock now running or last run for the stage.</param>
/// <param name="ClockBasis">What the clock counts from (stage 2 differs by council).</param>
/// <param name="IndependentPerson">Stage 2's Independent Person, external to the council.</param>
/// <param name="StatementAgreedOn">When the written statement of complaint was (last) agreed with the complainant.</param>
public sealed record StageRecord(
    int Number,
    string Owner,
    DateOnly OpenedOn,
    Clock Clock,
    ClockBasis ClockBasis = ClockBasis.Receipt,
    string? IndependentPerson = null,
    DateOnly? AcknowledgedOn = null,
    DateOnly? RespondedOn = null,
    Outcome? Outcome = null,
    IReadOnlyList<Resolution>? Resolutions = null,
    IReadOnlyList<ConcernOutcome>? ConcernOutcomes = null,
    PanelReview? Panel = null,
    DateOnly? StatementAgreedOn = null)
{
    public bool IsAnswered => RespondedOn is not null;

    /// <summary>The stage with its answer recorded: the response (stages 1 and 2) or the decision (stage 3).</summary>
    public StageRecord AnsweredBy(StageResponse answer) => this with
    {
        RespondedOn = answer.RespondedOn,
        Outcome = answer.Outcome,
        Resolutions = answer.Resolutions,
        ConcernOutcomes = answer.ConcernOutcomes,
    };
}

/// <summary>Where a stage's clock counts from.</summary>
public enum ClockBasis
{
    /// <summary>The day the complaint (or escalation request) was received.</summary>
    Receipt,
    /// <summary>Stage 2 at some councils: the day the written statement of complaint is agreed.</summary>
    AgreedStatement,
    /// <summary>Corporate complaints under the LGSCO code: the day the complaint was acknowledged.</summary>
    Acknowledgement,
}

/// <summary>Stage 3: the review panel's milestones.</summary>
/// <param name="Members">Three independent people; the first is the chair.</param>
public sealed record PanelReview(
    DateOnly RequestedOn,
    DateOnly? HeldOn = null,
    IReadOnlyList<string>? Members = null,
    DateOnly? RecommendationsReceivedOn = null,
    DateOnly? DecidedOn = null);
