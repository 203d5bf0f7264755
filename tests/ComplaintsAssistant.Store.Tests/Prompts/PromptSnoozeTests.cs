using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>Snoozing a prompt, kept in the ledger on a real SQLite file: the bounds, and the scheduler holding back the
/// reminders before the due date until the chosen day. A complaint received Monday 18 May 2026 is due Tuesday 2 June
/// (25 May is a bank holiday): reminders on Thursday 28 May (3 before) and Monday 1 June (1 before).</summary>
public sealed class PromptSnoozeTests : IDisposable
{
    private static readonly ClockRules Rules = ClockRules.Default;
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-snooze-").FullName;
    private readonly SqliteCaseStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 28, 0, 0, 0, TimeSpan.Zero));
    private readonly PromptSnoozes _snoozes;

    public PromptSnoozeTests()
    {
        _store = SqliteCaseStore.Open(Path.Combine(_folder, "snooze.db"));
        _snoozes = new PromptSnoozes(_store, Rules.Calendar, maxWorkingDaysAhead: 2);
    }

    private static DateTimeOffset London(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    private async Task<Case> LogAsync(string reference, DateOnly received)
    {
        var logged = Case.Log(new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"]), reference, Guid.NewGuid(), "officer-1", _time.GetUtcNow(), Rules).Value;
        Assert.Null(logged.Acknowledge(received, "manager-1", _time.GetUtcNow()).Error);
        await _store.AddAsync(logged, CaseIndex.Of(logged, Rules));
        return logged;
    }

    private static Prompt ReminderOn(Case c, int threshold = -1, PromptAudience audience = PromptAudience.Owner) =>
        new(c.Id, c.Reference, c.Kind, DueClock.On(c, Rules).Single(d => d.Clock == PromptClock.Response), threshold, audience);

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task A_snoozed_deadline_sends_no_reminder_before_the_chosen_day_then_prompts_as_usual()
    {
        var complaint = await LogAsync("CC-2026-0001", Day(5, 18));
        var sender = new RecordingSender(_time);
        var scheduler = new PromptScheduler(_store, new PromptPlanner(PromptSettings.Default, Rules), new PromptClaims(_store, "host-a", TimeSpan.FromMinutes(5)),
            sender, new Managers([]), Rules.Calendar, _time, _snoozes);
        var snoozeAt = London(5, 29, 11);

        for (var at = _time.GetUtcNow(); at < new DateTimeOffset(2026, 6, 4, 0, 0, 0, TimeSpan.Zero); at = at.AddHours(1))
        {
            _time.SetUtcNow(at);
            if (at == snoozeAt) Assert.Equal(Day(6, 2), (await _snoozes.SnoozeAsync(ReminderOn(complaint), Day(6, 2), "manager-1", at)).Value.Until);
            await scheduler.RunAsync();
        }

        // Monday's reminder (1 working day before) is held back; on the due day and overdue the owner hears as usual.
        Assert.Equal([(Day(5, 28), "-3"), (Day(6, 2), "0"), (Day(6, 3), "1")], sender.Delivered.Select(s => (s.On, s.Threshold)));
        Assert.Empty(await _store.ListUnsentPromptsAsync(10)); // a snooze is not a prompt waiting to go
    }

    [Theory]
    [InlineData(5, 29, "Choose a working day after today, 2 June 2026 at the latest.")]
    [InlineData(5, 30, "30 May 2026 is not a working day (a weekend or bank holiday): choose a working day, 2 June 2026 at the latest.")]
    [InlineData(6, 3, "That is after the due date (2 June 2026): choose 2 June 2026 or earlier.")]
    public async Task A_day_out_of_bounds_is_refused_naming_the_field_and_nothing_is_stored(int month, int day, string message)
    {
        var complaint = await LogAsync("CC-2026-0001", Day(5, 18));

        var refused = await _snoozes.SnoozeAsync(ReminderOn(complaint), Day(month, day), "manager-1", London(5, 29, 11));

        Assert.Equal((PromptSnoozes.Field, message), (refused.Error?.Field, refused.Error?.Message));
        Assert.Null(await _snoozes.FindAsync(complaint.Id, ReminderOn(complaint).Due));
    }

    [Fact]
    public async Task At_most_two_working_days_ahead_and_only_once_per_deadline()
    {
        // Received Thursday 28 May: due Thursday 11 June.
        var complaint = await LogAsync("CC-2026-0002", Day(5, 28));
        var friday = London(5, 29, 11);

        var tooFar = await _snoozes.SnoozeAsync(ReminderOn(complaint), Day(6, 3), "manager-1", friday);
        var snoozed = await _snoozes.SnoozeAsync(ReminderOn(complaint), Day(6, 2), "manager-1", friday);
        var again = await _snoozes.SnoozeAsync(ReminderOn(complaint), Day(6, 1), "manager-1", friday.AddMinutes(5));

        Assert.Equal("A prompt can be snoozed for at most 2 working days: choose 2 June 2026 or earlier.", tooFar.Error?.Message);
        Assert.Equal(new Snooze(Day(6, 2), "manager-1", friday), snoozed.Value);
        Assert.Equal(("already-snoozed", "Already snoozed until Tuesday 2 June; nothing changed."), (again.Error?.Rule, again.Error?.Message));
        Assert.Equal(Day(6, 2), (await _snoozes.FindAsync(complaint.Id, ReminderOn(complaint).Due))?.Until);
    }

    [Fact]
    public async Task Prompts_on_the_day_overdue_prompts_escalations_and_someone_elses_deadline_are_never_snoozed()
    {
        var complaint = await LogAsync("CC-2026-0001", Day(5, 18));
        var at = London(5, 29, 11);

        Assert.Equal("snooze-not-before-due", (await _snoozes.SnoozeAsync(ReminderOn(complaint, 0), Day(6, 1), "manager-1", at)).Error?.Rule);
        Assert.Equal("snooze-not-before-due", (await _snoozes.SnoozeAsync(ReminderOn(complaint, 2), Day(6, 1), "manager-1", at)).Error?.Rule);
        Assert.Equal("snooze-not-before-due", (await _snoozes.SnoozeAsync(ReminderOn(complaint, 2, PromptAudience.Manager), Day(6, 1), "head-1", at)).Error?.Rule);
        Assert.Equal(ErrorKind.Forbidden, (await _snoozes.SnoozeAsync(ReminderOn(complaint), Day(6, 1), "manager-2", at)).Error?.Kind);
        Assert.Null(await _snoozes.FindAsync(complaint.Id, ReminderOn(complaint).Due));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
