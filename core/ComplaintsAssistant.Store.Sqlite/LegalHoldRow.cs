using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>A legal hold (<see cref="LegalHold"/>); lifting fills <see cref="LiftedBy"/> and <see cref="LiftedAt"/>.</summary>
internal sealed class LegalHoldRow
{
    public Guid Id { get; set; }
    public HoldScope Scope { get; set; }
    public string Target { get; set; } = "";
    public string Reason { get; set; } = "";
    public string SetBy { get; set; } = "";
    public DateTimeOffset SetAt { get; set; }
    public string? LiftedBy { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }

    public static LegalHoldRow Of(LegalHold hold) => new()
    {
        Id = hold.Id, Scope = hold.Scope, Target = hold.Target, Reason = hold.Reason, SetBy = hold.SetBy, SetAt = hold.SetAt,
        LiftedBy = hold.Lifted?.By, LiftedAt = hold.Lifted?.At,
    };

    public LegalHold ToHold() => new(Id, Scope, Target, Reason, SetBy, SetAt,
        LiftedBy is { } by && LiftedAt is { } at ? new HoldLifted(by, at) : null);
}
