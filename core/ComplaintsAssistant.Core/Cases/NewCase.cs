namespace ComplaintsAssistant.Core.Cases;

/// <summary>Everything known when a representation arrives.</summary>
/// <param name="Owner">Who must respond (required for every kind with a clock).</param>
/// <param name="ConcernCategories">The points of complaint, one entry per time raised (repeats allowed).</param>
/// <param name="MattersAroseOn">When the matters complained about happened, if known (the one-year rule).</param>
/// <param name="LateAcceptanceReason">Why a complaint made more than a year later was accepted.</param>
/// <param name="AcknowledgedOn">When the complainant was acknowledged, if already done.</param>
/// <param name="FixedDueOn">A due date someone else set (the Ombudsman's).</param>
/// <param name="IntakeKey">Identifies the source (an email's internet message id, an import row) so the
/// same source logged twice is one case.</param>
public sealed record NewCase(
    CaseKind Kind,
    DateOnly ReceivedOn,
    HowReceived HowReceived,
    string Team,
    string? Owner = null,
    Complainant? Complainant = null,
    IReadOnlyList<ChildConcerned>? Children = null,
    IReadOnlyList<string>? ConcernCategories = null,
    string? Summary = null,
    MemberDetails? Member = null,
    ComplimentDetails? Compliment = null,
    OmbudsmanDetails? Ombudsman = null,
    DateOnly? MattersAroseOn = null,
    string? LateAcceptanceReason = null,
    DateOnly? AcknowledgedOn = null,
    DateOnly? FixedDueOn = null,
    string? IntakeKey = null);
