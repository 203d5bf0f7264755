using System.Collections.Concurrent;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>The complaints officers' weekly digest on a real SQLite file with a fake clock: once per officer per week on the
/// digest day in working hours (the next working day when that is a bank holiday, or when the host was down), with two
/// hosts on one store.</summary>
public sealed class WeeklyDigestTests : IDisposable
{
    private static readonly ClockRules Rules = ClockRules.Default;
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-digest-").FullName;
    private readonly string _path;
    private readonly SqliteCaseStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 23, 0, 0, 0, TimeSpan.Zero)); // Saturday

    public WeeklyDigestTests()
    {
        _path = Path.Combine(_folder, "digest.db");
        _store = SqliteCaseStore.Open(_path);
    }

    private WeeklyDigests Digests(SqliteCaseStore store, string host, IDigestSender sender, DayOfWeek day = DayOfWeek.Monday) =>
        new(store, store, new PromptClaims(store, host, TimeSpan.FromMinutes(5)), sender, new Officers("officer-1", "officer-2"),
            new PromptPlanner(PromptSettings.Default, Rules), Rules, day, _time);

    private async Task RunHourlyUntilAsync(DateTimeOffset end, params WeeklyDigests[] hosts)
    {
        for (var at = _time.GetUtcNow(); at < end; at = at.AddHours(1))
        {
            _time.SetUtcNow(at);
            foreach (var host in hosts) await host.RunAsync();
        }
    }

    [Fact]
    public async Task Each_officer_gets_one_digest_a_week_on_Monday_or_on_Tuesday_after_a_bank_holiday_never_at_weekends_with_two_hosts()
    {
        var received = new DateOnly(2026, 5, 18);
        var logged = Case.Log(new NewCase(CaseKind.StatutoryComplaint, received, HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"]), "CC-2026-0001", Guid.NewGuid(), "officer-1", _time.GetUtcNow(), Rules).Value;
        await _store.AddAsync(logged, CaseIndex.Of(logged, Rules));
        var sender = new RecordingDigests(_time);
        var other = SqliteCaseStore.Open(_path);

        // Hourly passes on two hosts from Saturday 23 May to Sunday 7 June; Monday 25 May is the spring bank holiday.
        await RunHourlyUntilAsync(new DateTimeOffset(2026, 6, 8, 0, 0, 0, TimeSpan.Zero),
            Digests(_store, "host-a", sender), Digests(other, "host-b", sender));

        // 09:00 in London is 08:00 UTC in summer: the first pass inside working hours.
        var tuesday = new DateTimeOffset(2026, 5, 26, 8, 0, 0, TimeSpan.Zero);
        var monday = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal([(tuesday, "officer-1"), (tuesday, "officer-2"), (monday, "officer-1"), (monday, "officer-2")],
            sender.Delivered.Select(d => (d.At, d.Officer)).Order());
        // The case's acknowledgement (3 working days from 18 May) was due 21 May; its response is due Tuesday 2 June.
        var first = sender.Delivered.First(d => d.At == tuesday).Digest;
        Assert.Equal(["CC-2026-0001"], first.Overdue.Select(d => d.Reference));
        var second = sender.Delivered.First(d => d.At == monday).Digest;
        Assert.Equal([(PromptClock.Acknowledgement, true), (PromptClock.Response, false)],
            second.Overdue.Concat(second.DueThisWeek).Select(d => (d.Clock, d.DueOn < new DateOnly(2026, 6, 1))));
    }

    [Fact]
    public async Task Two_hosts_racing_on_the_digest_day_send_each_officer_one_digest()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var sender = new RecordingDigests(_time);
        var a = Digests(_store, "host-a", sender);
        var b = Digests(SqliteCaseStore.Open(_path), "host-b", sender);

        await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => new[] { Task.Run(() => a.RunAsync()), Task.Run(() => b.RunAsync()) }));

        Assert.Equal(["officer-1", "officer-2"], sender.Delivered.Select(d => d.Officer).Order());
    }

    [Fact]
    public async Task A_host_that_was_down_on_the_digest_day_sends_it_once_when_it_comes_back_that_week()
    {
        var sender = new RecordingDigests(_time);
        _time.SetUtcNow(new DateTimeOffset(2026, 6, 3, 14, 0, 0, TimeSpan.Zero)); // Wednesday afternoon

        await RunHourlyUntilAsync(new DateTimeOffset(2026, 6, 8, 0, 0, 0, TimeSpan.Zero), Digests(_store, "host-a", sender));

        Assert.Equal([(new DateOnly(2026, 6, 3), "officer-1"), (new DateOnly(2026, 6, 3), "officer-2")],
            sender.Delivered.Select(d => (UkDate.On(d.At), d.Officer)).Order());
    }

    [Fact]
    public async Task Before_the_configured_day_nothing_is_sent_and_an_officer_the_bot_cannot_reach_is_recorded_and_retried()
    {
        var sender = new RecordingDigests(_time, "officer-2");
        var thursdays = Digests(_store, "host-a", sender, DayOfWeek.Thursday);

        _time.SetUtcNow(new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.Zero)); // Wednesday
        Assert.Empty(await thursdays.RunAsync());
        _time.SetUtcNow(new DateTimeOffset(2026, 6, 4, 10, 0, 0, TimeSpan.Zero)); // Thursday
        var first = await thursdays.RunAsync();
        _time.Advance(TimeSpan.FromMinutes(15));
        var retried = await thursdays.RunAsync();

        Assert.Equal([("officer-1", true), ("officer-2", false)], first.Select(d => (d.Officer, d.Delivery.WasSent)));
        Assert.Equal([("officer-2", false)], retried.Select(d => (d.Officer, d.Delivery.WasSent)));
        var unsent = Assert.Single(await _store.ListUnsentPromptsAsync(10));
        Assert.Equal((PromptState.Undelivered, 2, "weekly digest 2026-W23"), (unsent.State, unsent.Attempts, unsent.Reference));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_digest_lists_cases_due_for_disposal_that_no_officer_has_approved_and_are_not_held()
    {
        var due = new DateOnly(2026, 6, 20);
        DisposalEntry Entry(string reference, DisposalState state) =>
            new(Guid.NewGuid(), reference, RecordClass.Compliment, "compliments: the date received + 2 years", due, state, []);
        var approved = Entry("CO-2024-0003", DisposalState.OnNotice);
        foreach (var entry in new[] { Entry("CO-2024-0001", DisposalState.OnNotice), Entry("CO-2024-0002", DisposalState.Held), approved })
            await _store.NoteDisposalAsync(entry);
        await _store.ApproveDisposalAsync(approved.CaseId, new DisposalApproval("officer-2", _time.GetUtcNow()));
        var sender = new RecordingDigests(_time);
        var digests = new WeeklyDigests(_store, _store, new PromptClaims(_store, "host-a", TimeSpan.FromMinutes(5)), sender, new Officers("officer-1"),
            new PromptPlanner(PromptSettings.Default, Rules), Rules, DayOfWeek.Monday, _time, disposals: _store);

        await RunHourlyUntilAsync(new DateTimeOffset(2026, 5, 27, 0, 0, 0, TimeSpan.Zero), digests);

        var digest = Assert.Single(sender.Delivered).Digest;
        Assert.Equal(["CO-2024-0001: destroyed from 20 June 2026 once approved (compliments: the date received + 2 years)"], digest.AwaitingDisposalApproval);
    }

    /// <summary>The people set up in Access: these complaints officers, and a manager who gets no digest.</summary>
    private sealed class Officers(params string[] ids) : IPeopleDirectory
    {
        public Task<Actor?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Known.People.FirstOrDefault(p => p.Id == id));

        public KnownPeople Known => new(
            [.. ids.Select(id => new Actor(id, id, Role.ComplaintsOfficer, [])), new Actor("manager-1", "manager-1", Role.Manager, ["Children in Care"])], []);
    }

    private sealed class RecordingDigests(TimeProvider time, params string[] unreachable) : IDigestSender
    {
        public ConcurrentQueue<(DateTimeOffset At, string Officer, OfficerDigest Digest)> Delivered { get; } = new();

        public Task<Delivery> SendAsync(OfficerDigest digest, string officer, CancellationToken cancellationToken = default)
        {
            if (unreachable.Contains(officer)) return Task.FromResult(Delivery.Unreachable("The bot is not installed for this person (BotNotInConversationRoster)."));
            Delivered.Enqueue((time.GetUtcNow(), officer, digest));
            return Task.FromResult(Delivery.Sent);
        }
    }
}
