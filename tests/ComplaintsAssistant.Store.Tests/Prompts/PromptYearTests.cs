using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>A financial year of cases through the deadline scheduler on a real SQLite file with a fake clock: every prompt
/// that goes, when and to whom, across Easter, the May bank holidays, Christmas, both clock changes and a bank holiday
/// declared mid-year; and none at night, at a weekend or on a bank holiday, none twice.</summary>
public sealed class PromptYearTests : IDisposable
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateOnly Declared = new(2026, 11, 13);
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-year-").FullName;
    private readonly SqliteCaseStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Managers _managers = new(new() { ["sw-1"] = "tm-1", ["sw-2"] = "tm-1", ["sw-3"] = "tm-2", ["io-1"] = "tm-2", ["ro-1"] = "head-1" });
    private readonly Dictionary<string, Guid> _ids = [];
    private ClockRules _rules = ClockRules.Default;

    public PromptYearTests() => _store = SqliteCaseStore.Open(Path.Combine(_folder, "year.db"));

    [Fact]
    public async Task A_year_of_cases_prompts_exactly_these_people_on_these_days_and_never_out_of_hours_or_twice()
    {
        var sender = new TimedSender(_time);
        var scheduler = Scheduler(sender);
        var steps = Steps().ToList();

        // Passes at 02:00, 08:00, 12:00 and 16:30 UTC every day: 08:00 is 09:00 in summer (open) but 08:00 in winter
        // (closed); 16:30 is 17:30 in summer (closed) but 16:30 in winter (open). Steps happen at 10:30 UTC. Four passes a
        // day keep the year to seconds (2 s on a quiet machine); a pass every hour, day and night, would be 6 times as many for no more prompts.
        var passes = 0;
        for (var day = new DateOnly(2026, 4, 1); day <= new DateOnly(2027, 4, 9); day = day.AddDays(1))
        {
            foreach (var time in new[] { new TimeOnly(2, 0), new TimeOnly(8, 0), new TimeOnly(10, 30), new TimeOnly(12, 0), new TimeOnly(16, 30) })
            {
                var at = new DateTimeOffset(day.ToDateTime(time), TimeSpan.Zero);
                _time.SetUtcNow(at);
                foreach (var step in steps.Where(s => s.At == at).ToList())
                {
                    await step.Act();
                    steps.Remove(step);
                    scheduler = Scheduler(sender); // with the calendar in force now
                }
                if (time != new TimeOnly(10, 30)) { await scheduler.RunAsync(); passes++; }
            }
        }
        Assert.Empty(steps);

        var calendar = _rules.Calendar;
        Assert.All(sender.Delivered, s =>
        {
            var local = TimeZoneInfo.ConvertTime(s.At, London);
            Assert.True(calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && local.Hour is >= 9 and < 17, $"{s.Line} was sent out of hours");
        });
        Assert.Equal(sender.Delivered.Count, sender.Delivered.Select(s => s.Key).Distinct().Count());
        Assert.Equal(Expected, sender.Delivered.Select(s => s.Line));
        Assert.Equal(4 * 374, passes);
    }

    /// <summary>What each owner and manager hears: UTC time, reference, clock (stage or action), threshold, to whom.</summary>
    private static readonly string[] Expected =
    [
        // A: received Thursday 2 April; Good Friday and Easter Monday don't count. Acknowledged on the 8th, the day before it was due.
        "2026-04-02 12:00 CC-2026-0001 Acknowledgement 1 due 2026-04-09 -3 sw-1",
        "2026-04-08 08:00 CC-2026-0001 Acknowledgement 1 due 2026-04-09 -1 sw-1",
        // Extended at 10:30 on the 15th (after that morning's -3) to 20 working days: Tuesday 5 May, as 4 May is a bank holiday.
        "2026-04-15 08:00 CC-2026-0001 Response 1 due 2026-04-20 -3 sw-1",
        "2026-04-29 08:00 CC-2026-0001 Response 1 due 2026-05-05 -3 sw-1",
        "2026-05-01 08:00 CC-2026-0001 Response 1 due 2026-05-05 -1 sw-1",
        "2026-05-05 08:00 CC-2026-0001 Response 1 due 2026-05-05 0 sw-1",
        // B: corporate, received Friday 1 May: acknowledgement in 5 working days, the response 10 from then (25 May doesn't count).
        "2026-05-06 08:00 CP-2026-0001 Acknowledgement 1 due 2026-05-11 -3 sw-2",
        "2026-05-08 08:00 CP-2026-0001 Acknowledgement 1 due 2026-05-11 -1 sw-2",
        "2026-05-11 08:00 CP-2026-0001 Acknowledgement 1 due 2026-05-11 0 sw-2",
        // Reassigned at 10:30 on the 20th: the new owner hears at once; the old one no more. Answered a day late.
        "2026-05-20 08:00 CP-2026-0001 Response 1 due 2026-05-26 -3 sw-2",
        "2026-05-20 12:00 CP-2026-0001 Response 1 due 2026-05-26 -3 sw-3",
        "2026-05-22 08:00 CP-2026-0001 Response 1 due 2026-05-26 -1 sw-3",
        "2026-05-26 08:00 CP-2026-0001 Response 1 due 2026-05-26 0 sw-3",
        "2026-05-27 08:00 CP-2026-0001 Response 1 due 2026-05-26 +1 sw-3",
        // C: stage 1 answered early; stage 2 opened 22 June (its own acknowledgement); stage 3: panel within 30 working days
        // (31 August doesn't count), recommendations within 5, decision within 15, which comes 2 working days late.
        "2026-06-01 12:00 CC-2026-0002 Acknowledgement 1 due 2026-06-04 -3 sw-1",
        "2026-06-10 08:00 CC-2026-0002 Response 1 due 2026-06-15 -3 sw-1",
        "2026-06-12 08:00 CC-2026-0002 Response 1 due 2026-06-15 -1 sw-1",
        "2026-06-22 12:00 CC-2026-0002 Acknowledgement 2 due 2026-06-25 -3 io-1",
        "2026-07-22 08:00 CC-2026-0002 Response 2 due 2026-07-27 -3 io-1",
        "2026-07-24 08:00 CC-2026-0002 Response 2 due 2026-07-27 -1 io-1",
        "2026-07-27 08:00 CC-2026-0002 Response 2 due 2026-07-27 0 io-1",
        "2026-09-10 08:00 CC-2026-0002 PanelHearing 3 due 2026-09-15 -3 ro-1",
        "2026-09-14 08:00 CC-2026-0002 PanelHearing 3 due 2026-09-15 -1 ro-1",
        "2026-09-16 08:00 CC-2026-0002 PanelRecommendations 3 due 2026-09-21 -3 ro-1",
        "2026-09-18 08:00 CC-2026-0002 PanelRecommendations 3 due 2026-09-21 -1 ro-1",
        "2026-10-06 08:00 CC-2026-0002 Decision 3 due 2026-10-09 -3 ro-1",
        "2026-10-08 08:00 CC-2026-0002 Decision 3 due 2026-10-09 -1 ro-1",
        "2026-10-09 08:00 CC-2026-0002 Decision 3 due 2026-10-09 0 ro-1",
        "2026-10-12 08:00 CC-2026-0002 Decision 3 due 2026-10-09 +1 ro-1",
        "2026-10-13 08:00 CC-2026-0002 Decision 3 due 2026-10-09 +2 ro-1",
        "2026-10-13 08:00 CC-2026-0002 Decision 3 due 2026-10-09 escalated head-1",
        // The learning action's target was Friday 30 October; the clocks went back on the 25th, so 08:00 UTC is before 09:00.
        "2026-11-02 12:00 CC-2026-0001 LearningAction 1 due 2026-10-30 +1 sw-1",
        // F: due Monday 16 November, until Friday 13 November is declared a bank holiday on the 12th: a new due date, told again.
        "2026-11-02 12:00 CC-2026-0003 Acknowledgement 1 due 2026-11-05 -3 sw-2",
        "2026-11-03 12:00 CC-2026-0001 LearningAction 1 due 2026-10-30 +2 sw-1",
        "2026-11-11 12:00 CC-2026-0003 Response 1 due 2026-11-16 -3 sw-2",
        "2026-11-12 12:00 CC-2026-0003 Response 1 due 2026-11-17 -3 sw-2",
        "2026-11-16 12:00 CC-2026-0003 Response 1 due 2026-11-17 -1 sw-2",
        // D: member enquiry over Christmas, acknowledged two working days late: the owner's manager hears on the 30th.
        "2026-12-23 12:00 ME-2026-0001 Acknowledgement 1 due 2026-12-24 -1 sw-3",
        "2026-12-24 12:00 ME-2026-0001 Acknowledgement 1 due 2026-12-24 0 sw-3",
        "2026-12-29 12:00 ME-2026-0001 Acknowledgement 1 due 2026-12-24 +1 sw-3",
        "2026-12-30 12:00 ME-2026-0001 Acknowledgement 1 due 2026-12-24 +2 sw-3",
        "2026-12-30 12:00 ME-2026-0001 Acknowledgement 1 due 2026-12-24 escalated tm-2",
        "2027-01-06 12:00 ME-2026-0001 Response 1 due 2027-01-11 -3 sw-3",
        "2027-01-08 12:00 ME-2026-0001 Response 1 due 2027-01-11 -1 sw-3",
        "2027-01-11 12:00 ME-2026-0001 Response 1 due 2027-01-11 0 sw-3",
        // G: Easter 2027 (26 and 29 March) and the clocks going forward (28 March): 08:00 UTC is 09:00 again.
        "2027-03-22 12:00 CC-2027-0001 Acknowledgement 1 due 2027-03-25 -3 sw-1",
        "2027-03-24 12:00 CC-2027-0001 Acknowledgement 1 due 2027-03-25 -1 sw-1",
        "2027-04-02 08:00 CC-2027-0001 Response 1 due 2027-04-07 -3 sw-1",
        "2027-04-06 08:00 CC-2027-0001 Response 1 due 2027-04-07 -1 sw-1",
        "2027-04-07 08:00 CC-2027-0001 Response 1 due 2027-04-07 0 sw-1",
    ];

    private IEnumerable<(DateTimeOffset At, Func<Task> Act)> Steps()
    {
        static DateTimeOffset On(int y, int m, int d) => new(y, m, d, 10, 30, 0, TimeSpan.Zero);
        static DateOnly D(int y, int m, int d) => new(y, m, d);
        Func<Task> Change(string reference, Func<Case, Result> change) => () => ChangeAsync(reference, change);
        var now = () => _time.GetUtcNow();
        StageResponse Answer(Case c, DateOnly on) => new(on, Outcome.PartiallyUpheld, [Resolution.Apology],
            [.. c.Concerns.Select(concern => new ConcernOutcome(concern.Number, Outcome.PartiallyUpheld))]);

        // A: statutory, received Thursday 2 April (Good Friday and Easter Monday follow), extended, answered in time.
        yield return (On(2026, 4, 2), () => LogAsync(CaseKind.StatutoryComplaint, D(2026, 4, 2), "sw-1", "CC-2026-0001"));
        yield return (On(2026, 4, 8), Change("CC-2026-0001", c => c.Acknowledge(D(2026, 4, 8), "sw-1", now())));
        yield return (On(2026, 4, 15), Change("CC-2026-0001", c => c.Extend(20, ExtensionGround.Complex, "Records from another council", true, D(2026, 4, 15), "sw-1", now())));
        yield return (On(2026, 5, 5), Change("CC-2026-0001", c => c.RecordResponse(Answer(c, D(2026, 5, 5)), "sw-1", now())));
        // ... with a learning action due Friday 30 October, just after the clocks go back; done on 4 November.
        yield return (On(2026, 5, 6), Change("CC-2026-0001", c => c.AddLearningAction(
            new NewLearningAction("Late letters", "Send on time", "Template letters", "Children in Care", "sw-1", D(2026, 10, 30)), "sw-1", now()).Error is { } e ? e : Result.Ok));
        yield return (On(2026, 11, 4), Change("CC-2026-0001", c => c.UpdateLearningAction(1, LearningStatus.Completed, "Templates in use", "sw-1", now()).Error is { } e ? e : Result.Ok));

        // B: corporate, received Friday 1 May (bank holidays 4 and 25 May), reassigned, answered a day late.
        yield return (On(2026, 5, 1), () => LogAsync(CaseKind.CorporateComplaint, D(2026, 5, 1), "sw-2", "CP-2026-0001"));
        yield return (On(2026, 5, 11), Change("CP-2026-0001", c => c.Acknowledge(D(2026, 5, 11), "sw-2", now())));
        yield return (On(2026, 5, 20), Change("CP-2026-0001", c => c.Reassign("sw-3", "officer-1", now())));
        yield return (On(2026, 5, 27), Change("CP-2026-0001", c => c.RecordResponse(Answer(c, D(2026, 5, 27)), "sw-3", now())));

        // C: statutory through stages 2 and 3 over the summer bank holiday; the decision comes late.
        yield return (On(2026, 6, 1), () => LogAsync(CaseKind.StatutoryComplaint, D(2026, 6, 1), "sw-1", "CC-2026-0002"));
        yield return (On(2026, 6, 2), Change("CC-2026-0002", c => c.Acknowledge(D(2026, 6, 2), "sw-1", now())));
        yield return (On(2026, 6, 12), Change("CC-2026-0002", c => c.RecordResponse(Answer(c, D(2026, 6, 12)), "sw-1", now())));
        yield return (On(2026, 6, 22), Change("CC-2026-0002", c =>
            c.RequestEscalation(D(2026, 6, 22), null, "officer-1", now(), _rules).Error ?? c.OpenNextStage(new NextStage("io-1", D(2026, 6, 22), "Ivy Independent"), "officer-1", now(), _rules)));
        yield return (On(2026, 6, 23), Change("CC-2026-0002", c => c.Acknowledge(D(2026, 6, 23), "io-1", now())));
        yield return (On(2026, 7, 27), Change("CC-2026-0002", c => c.RecordResponse(Answer(c, D(2026, 7, 27)), "io-1", now())));
        yield return (On(2026, 8, 3), Change("CC-2026-0002", c =>
            c.RequestEscalation(D(2026, 8, 3), null, "officer-1", now(), _rules).Error ?? c.OpenNextStage(new NextStage("ro-1", D(2026, 8, 3)), "officer-1", now(), _rules)));
        yield return (On(2026, 9, 14), Change("CC-2026-0002", c => c.RecordPanelHearing(D(2026, 9, 14), ["Chair Person", "Second Member", "Third Member"], "officer-1", now(), _rules)));
        yield return (On(2026, 9, 18), Change("CC-2026-0002", c => c.RecordRecommendations(D(2026, 9, 18), "officer-1", now(), _rules)));
        yield return (On(2026, 10, 13), Change("CC-2026-0002", c => c.RecordDecision(Answer(c, D(2026, 10, 13)), "ro-1", now())));

        // F: statutory due Monday 16 November, until Friday 13 November is declared a bank holiday on the 12th.
        yield return (On(2026, 11, 2), () => LogAsync(CaseKind.StatutoryComplaint, D(2026, 11, 2), "sw-2", "CC-2026-0003"));
        yield return (On(2026, 11, 4), Change("CC-2026-0003", c => c.Acknowledge(D(2026, 11, 4), "sw-2", now())));
        yield return (On(2026, 11, 12), DeclareAsync);
        yield return (On(2026, 11, 17), Change("CC-2026-0003", c => c.RecordResponse(Answer(c, D(2026, 11, 17)), "sw-2", now())));

        // D: member enquiry received Wednesday 23 December, acknowledged late over Christmas.
        yield return (On(2026, 12, 23), () => LogAsync(CaseKind.MemberEnquiry, D(2026, 12, 23), "sw-3", "ME-2026-0001"));
        yield return (On(2026, 12, 31), Change("ME-2026-0001", c => c.Acknowledge(D(2026, 12, 31), "sw-3", now())));
        yield return (On(2027, 1, 12), Change("ME-2026-0001", c => c.RecordResponse(Answer(c, D(2027, 1, 12)), "sw-3", now())));

        // G: statutory received Monday 22 March 2027, over Easter 2027 and the clocks going forward.
        yield return (On(2027, 3, 22), () => LogAsync(CaseKind.StatutoryComplaint, D(2027, 3, 22), "sw-1", "CC-2027-0001"));
        yield return (On(2027, 3, 25), Change("CC-2027-0001", c => c.Acknowledge(D(2027, 3, 25), "sw-1", now())));
        yield return (On(2027, 4, 7), Change("CC-2027-0001", c => c.RecordResponse(Answer(c, D(2027, 4, 7)), "sw-1", now())));
    }

    private PromptScheduler Scheduler(IPromptSender sender) =>
        new(_store, new PromptPlanner(PromptSettings.Default, _rules), new PromptClaims(_store, "host-a", TimeSpan.FromMinutes(5)), sender, _managers, _rules.Calendar, _time);

    private async Task LogAsync(CaseKind kind, DateOnly receivedOn, string owner, string reference)
    {
        var input = new NewCase(kind, receivedOn, HowReceived.Email, "Children in Care", owner,
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"],
            Member: kind == CaseKind.MemberEnquiry ? new MemberDetails(MemberType.Councillor, "Cllr A Member") : null);
        var logged = Case.Log(input, reference, Guid.NewGuid(), "officer-1", _time.GetUtcNow(), _rules);
        Assert.Null(logged.Error);
        await _store.AddAsync(logged.Value, CaseIndex.Of(logged.Value, _rules));
        _ids[reference] = logged.Value.Id;
    }

    private async Task ChangeAsync(string reference, Func<Case, Result> change)
    {
        var stored = (await _store.GetAsync(_ids[reference]))!;
        Assert.Null(change(stored.Value).Error);
        Assert.True((await _store.UpdateAsync(stored.Value, CaseIndex.Of(stored.Value, _rules), stored.Version)).Succeeded);
    }

    /// <summary>As a host restarted with the council's new bank holiday file: the new calendar, and open cases re-timed.</summary>
    private async Task DeclareAsync()
    {
        var events = ClockRules.Default.Calendar.BankHolidays(2026).Select(h => h.Date).Append(Declared)
            .Select(d => new { title = "Bank holiday", date = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), notes = "", bunting = true });
        var file = JsonSerializer.Serialize(new Dictionary<string, object> { ["england-and-wales"] = new { division = "england-and-wales", events } });
        _rules = _rules with { Calendar = _rules.Calendar.WithGovUkFile(file) };
        var moved = await new CaseService(_store, _rules, CouncilVocabulary.Default, new SamplePeople(), _store, _time).RefreshDueDatesAsync();
        Assert.Equal(1, moved);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Records each prompt with the instant it went and its ledger key.</summary>
    private sealed class TimedSender(TimeProvider time) : IPromptSender
    {
        public ConcurrentQueue<(DateTimeOffset At, string Key, string Line)> Delivered { get; } = new();

        public Task<Delivery> SendAsync(Prompt prompt, string recipient, CancellationToken cancellationToken = default)
        {
            var at = time.GetUtcNow();
            var threshold = prompt.Audience == PromptAudience.Manager ? "escalated" : prompt.Threshold.ToString("+0;-0;0", CultureInfo.InvariantCulture);
            Delivered.Enqueue((at, prompt.Key, string.Create(CultureInfo.InvariantCulture,
                $"{at:yyyy-MM-dd HH:mm} {prompt.Reference} {prompt.Due.Clock} {prompt.Due.Item} due {prompt.Due.DueOn:yyyy-MM-dd} {threshold} {recipient}")));
            return Task.FromResult(Delivery.Sent);
        }
    }
}
