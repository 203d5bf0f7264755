namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>How far the worker can rely on a received instant without checking it.</summary>
public enum DateConfidence
{
    /// <summary>Check it: the evidence contradicts itself or is second best.</summary>
    Low,
    /// <summary>Probably right; a warning says what was assumed.</summary>
    Medium,
    /// <summary>Written unambiguously by the mail system.</summary>
    High,
}
