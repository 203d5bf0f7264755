using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>What a legal hold covers: one case, every case of a team, or a whole class of record (e.g. the child
/// abuse inquiry's request not to destroy records about children in care).</summary>
public enum HoldScope { Case, Team, Class }

/// <summary>A hold that stops disposal until it is lifted. <paramref name="Target"/> is the case id, the team's name or
/// the class's name, by <paramref name="Scope"/>. A lifted hold is kept with who lifted it and when, never deleted, so
/// the council can show why a record was kept and since when it no longer was.</summary>
public sealed record LegalHold(Guid Id, HoldScope Scope, string Target, string Reason, string SetBy, DateTimeOffset SetAt, HoldLifted? Lifted = null)
{
    public bool IsLifted => Lifted is not null;

    public bool Covers(Case subject) => !IsLifted && Scope switch
    {
        HoldScope.Case => Guid.TryParse(Target, out var id) && id == subject.Id,
        HoldScope.Team => string.Equals(Target.Trim(), subject.Team, StringComparison.OrdinalIgnoreCase),
        HoldScope.Class => Enum.TryParse<RecordClass>(Target, ignoreCase: true, out var c) && c == RecordClasses.Of(subject.Kind),
        _ => false,
    };

    /// <summary>"Held (team Children in Care): IICSA request" — how the hold shows on the case.</summary>
    public string InWords => Scope switch
    {
        HoldScope.Case => $"Held: {Reason}",
        HoldScope.Team => $"Held (team {Target}): {Reason}",
        _ => $"Held (all {(Enum.TryParse<RecordClass>(Target, true, out var c) ? c.InWords() : Target)}): {Reason}",
    };
}

/// <summary>Who lifted a hold, and when.</summary>
public sealed record HoldLifted(string By, DateTimeOffset At);
