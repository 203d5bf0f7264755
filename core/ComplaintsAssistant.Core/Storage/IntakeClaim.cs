namespace ComplaintsAssistant.Core.Storage;

/// <summary>The answer to claiming an intake key (<see cref="ICaseStore.ClaimIntakeAsync"/>).</summary>
/// <param name="CaseId">The case the key belongs to: the caller's own when granted, else the one claimed first.</param>
/// <param name="Granted">The caller may take a reference and add its case.</param>
public sealed record IntakeClaim(Guid CaseId, bool Granted)
{
    /// <summary>A live writer goes from claim to saved case in well under a second; a claim still without its case
    /// after this long was left by a writer that stopped, and the next attempt with the key takes it over.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);
}
