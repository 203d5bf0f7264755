using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>One dated rule: clocks of <paramref name="Kind"/> and <paramref name="Key"/> that start on or
/// after <paramref name="EffectiveFrom"/> run for <paramref name="Timescale"/> (until a later rule takes over).</summary>
/// <param name="Basis">What the clock counts from (only meaningful for response clocks).</param>
public sealed record TimescaleRule(
    CaseKind Kind,
    TimescaleKey Key,
    DateOnly EffectiveFrom,
    Timescale Timescale,
    ClockBasis Basis = ClockBasis.Receipt);

/// <summary>Every period a council measures.</summary>
public enum TimescaleKey
{
    Acknowledgement,
    Stage1Response,
    Stage2Response,
    /// <summary>Stage 3 review panel held, from the request.</summary>
    PanelHearing,
    /// <summary>Stage 3 panel's recommendations, from the hearing.</summary>
    PanelRecommendations,
    /// <summary>Stage 3 decision, from receipt of the recommendations.</summary>
    Decision,
    /// <summary>How long after a stage's response the complainant may ask to escalate.</summary>
    EscalationWindow,
}
