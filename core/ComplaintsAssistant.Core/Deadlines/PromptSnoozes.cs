using System.Globalization;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>
/// Snoozing a prompt: its owner asks to hear nothing more about this deadline before a working day they choose, at most
/// <paramref name="maxWorkingDaysAhead"/> working days ahead and never past the due date. Only reminders before the due
/// date are held back: the prompt on the day, overdue prompts and escalations always go.
/// Kept in the prompt ledger (an entry of its own per deadline and owner), not on the case: a snooze is about the bot's
/// prompts to one person, so it changes neither the case's record nor its version (someone editing the case at the same
/// time is not refused), and the scheduler already reads the ledger. One snooze per deadline and owner, so reminders
/// can be put off, not switched off.
/// </summary>
public sealed class PromptSnoozes(IPromptLedger ledger, WorkingDayCalendar calendar, int maxWorkingDaysAhead)
{
    public const string Field = "until";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public int MaxWorkingDaysAhead => maxWorkingDaysAhead;

    /// <summary>The key of the snooze on <paramref name="due"/> for its owner: a new due date or owner is a new deadline.</summary>
    public static string KeyOf(Guid caseId, DueClock due) => string.Create(CultureInfo.InvariantCulture,
        $"{caseId:N}/{due.Clock}/{due.Item}/{due.DueOn:yyyy-MM-dd}/snoozed/{due.Owner.ToLowerInvariant()}");

    /// <summary>Whether this prompt can be snoozed at all: a reminder to the owner before the due date.</summary>
    public static bool CanSnooze(Prompt prompt) => prompt is { Audience: PromptAudience.Owner, Threshold: < 0 } && prompt.Due.Clock != PromptClock.LearningAction;

    /// <summary>The snooze on this prompt's deadline, if any (ended or not).</summary>
    public async Task<Snooze?> FindAsync(Guid caseId, DueClock due, CancellationToken cancellationToken = default) =>
        await ledger.GetPromptAsync(KeyOf(caseId, due), cancellationToken) is { Value: { State: PromptState.Snoozed } entry } ? Snooze.Of(entry) : null;

    /// <summary>True when the scheduler must hold this prompt back now.</summary>
    public async Task<bool> HoldsBackAsync(Prompt prompt, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        CanSnooze(prompt) && await FindAsync(prompt.CaseId, prompt.Due, cancellationToken) is { } snooze && snooze.Ends > now;

    /// <summary>Snoozes <paramref name="prompt"/> until <paramref name="until"/> for <paramref name="by"/> (its owner).
    /// Refused, naming the field and the rule, when the day is out of bounds; refused as already done, saying by whom and
    /// until when, on a second attempt.</summary>
    public async Task<Result<Snooze>> SnoozeAsync(Prompt prompt, DateOnly until, string by, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!CanSnooze(prompt))
            return DomainError.Refused("snooze-not-before-due", "Only a reminder before the due date can be snoozed: prompts on the day, overdue prompts and escalations always go.");
        if (!string.Equals(by, prompt.Due.Owner, StringComparison.OrdinalIgnoreCase))
            return DomainError.Forbidden("Only the person who must meet this deadline can snooze its reminders.");
        if (await FindAsync(prompt.CaseId, prompt.Due, cancellationToken) is { } already) return AlreadySnoozed(already);
        if (Check(until, prompt.Due.DueOn, UkDate.On(now)) is { } invalid) return invalid;

        var snooze = new Snooze(until, by, now);
        var entry = new PromptEntry(KeyOf(prompt.CaseId, prompt.Due), prompt.CaseId, prompt.Reference, prompt.Due.Owner, PromptState.Snoozed,
            by, null, 0, now, RetryAt: snooze.Ends);
        if (await ledger.TryAddPromptAsync(entry, cancellationToken) is not null) return snooze;
        // Two clicks at once: the other one won.
        return await FindAsync(prompt.CaseId, prompt.Due, cancellationToken) is { } other ? AlreadySnoozed(other) : DomainError.Conflict("Try again.");
    }

    /// <summary>The last day the owner may choose: the bound, or the due date if sooner.</summary>
    public DateOnly LatestDay(DateOnly dueOn, DateOnly today)
    {
        var bound = calendar.AddWorkingDays(today, maxWorkingDaysAhead);
        return bound < dueOn ? bound : dueOn;
    }

    private DomainError? Check(DateOnly until, DateOnly dueOn, DateOnly today)
    {
        var latest = LatestDay(dueOn, today);
        if (until <= today)
            return DomainError.Invalid(Field, "snooze-after-today", $"Choose a working day after today, {UkDate.InWords(latest)} at the latest.");
        if (!calendar.IsWorkingDay(until))
            return DomainError.Invalid(Field, "snooze-working-day", $"{UkDate.InWords(until)} is not a working day (a weekend or bank holiday): choose a working day, {UkDate.InWords(latest)} at the latest.");
        if (until > dueOn)
            return DomainError.Invalid(Field, "snooze-not-past-due", $"That is after the due date ({UkDate.InWords(dueOn)}): choose {UkDate.InWords(latest)} or earlier.");
        if (until > latest)
            return DomainError.Invalid(Field, "snooze-bounded", $"A prompt can be snoozed for at most {maxWorkingDaysAhead} working day{(maxWorkingDaysAhead == 1 ? "" : "s")}: choose {UkDate.InWords(latest)} or earlier.");
        return null;
    }

    private static DomainError AlreadySnoozed(Snooze snooze) =>
        DomainError.Refused("already-snoozed", $"Already snoozed until {snooze.UntilInWords}; nothing changed.");

    /// <summary>Midnight at the start of <paramref name="day"/> in London: when reminders resume.</summary>
    internal static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), London), TimeSpan.Zero);
}

/// <summary>A snoozed deadline: reminders resume on <paramref name="Until"/>.</summary>
/// <param name="By">Who snoozed it (an id, named by the host).</param>
public sealed record Snooze(DateOnly Until, string By, DateTimeOffset At)
{
    public DateTimeOffset Ends => PromptSnoozes.StartOf(Until);

    /// <summary>"Thursday 4 June".</summary>
    public string UntilInWords => Until.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB"));

    internal static Snooze Of(PromptEntry entry) => new(UkDate.On(entry.RetryAt!.Value), entry.Claimant ?? entry.Recipient, entry.UpdatedAt);
}
