using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>Legal holds: placed, listed, lifted — a lift is recorded on the hold, never a delete. Every implementation
/// passes the same contract suite.</summary>
public interface ILegalHolds
{
    Task PlaceHoldAsync(LegalHold hold, CancellationToken cancellationToken = default);

    Task<LegalHold?> GetHoldAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Standing holds, or every hold ever placed (lifted ones too), oldest first.</summary>
    Task<IReadOnlyList<LegalHold>> ListHoldsAsync(bool includeLifted, CancellationToken cancellationToken = default);

    /// <summary>Records the lift if the hold is still standing: false when there is no such hold or it was already lifted
    /// (the first lift is the one kept, even with two officers at once).</summary>
    Task<bool> LiftHoldAsync(Guid id, HoldLifted lifted, CancellationToken cancellationToken = default);
}
