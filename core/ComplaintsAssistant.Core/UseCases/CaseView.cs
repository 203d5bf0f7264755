using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.UseCases;

/// <summary>A case as people see it today: its recorded state plus the deadlines derived from it.</summary>
/// <param name="Version">Quote it (HTTP If-Match) to change the case; a stale version is refused.</param>
/// <param name="Deadline">The running clock, or null when nothing is due from the council.</param>
/// <param name="DueInWords">"due Tuesday 3 December — 10 working days", or null.</param>
/// <param name="Warnings">Things accepted but worth knowing, e.g. a late escalation request.</param>
public sealed record CaseView(
    string Version,
    CaseSnapshot Case,
    Deadline? Deadline,
    string? DueInWords,
    IReadOnlyList<StageTimes> StageTimes,
    IReadOnlyList<string> Warnings)
{
    /// <summary>An imported case's reference in the old system, kept beside its own; null for a case logged here.</summary>
    public string? OldReference => ImportKey.OldReference(Case);

    /// <summary>The standing legal holds that keep the case from disposal, with why and who placed them.</summary>
    public IReadOnlyList<CaseHold> Holds { get; init; } = [];

    public static CaseView Of(Case subject, string version, DateOnly today, WorkingDayCalendar calendar, IReadOnlyList<string>? warnings = null)
    {
        var deadline = subject.RunningClock is { } clock ? Timescales.Deadline.Of(clock, today, calendar) : null;
        return new CaseView(version, subject.Snapshot, deadline, deadline?.InWords(today),
            subject.Stages.Select(s => Timescales.StageTimes.Of(s, calendar)).ToArray(), warnings ?? []);
    }
}

/// <summary>A legal hold as the case shows it: "On legal hold: IICSA request".</summary>
public sealed record CaseHold(Guid Id, HoldScope Scope, string Reason, string SetBy, DateTimeOffset SetAt)
{
    public static CaseHold Of(LegalHold hold) => new(hold.Id, hold.Scope, hold.Reason, hold.SetBy, hold.SetAt);
}
