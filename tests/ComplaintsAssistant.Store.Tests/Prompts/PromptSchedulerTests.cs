using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>The deadline scheduler on each store (a real SQLite file, the Cosmos test server) with a fake clock: exactly
/// which prompts go when, and at most once with two hosts and with a host stopped dead part-way.</summary>
public abstract class PromptSchedulerTests
{
    private static readonly ClockRules Rules = ClockRules.Default;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero));
    private readonly Managers _managers = new(new() { ["manager-1"] = "head-1", ["manager-2"] = "head-1" });
    private ICaseStore? _first;

    /// <summary>A new, empty case store; each store is its own prompt ledger.</summary>
    protected abstract ICaseStore NewStore();

    /// <summary>A second handle on the same store, as a second host instance would have.</summary>
    protected abstract ICaseStore SecondHostOn(ICaseStore store);

    private ICaseStore _store => _first ??= NewStore();

    private IPromptLedger _ledger => (IPromptLedger)_store;

    private PromptScheduler Scheduler(IPromptLedger ledger, string host, IPromptSender sender, ICaseStore? store = null) =>
        new(store ?? _store, new PromptPlanner(PromptSettings.Default, Rules), new PromptClaims(ledger, host, Lease), sender, _managers, Rules.Calendar, _time);

    /// <summary>A scheduler in another host on the same store.</summary>
    private PromptScheduler OtherHost(string host, IPromptSender sender)
    {
        var other = SecondHostOn(_store);
        return Scheduler((IPromptLedger)other, host, sender, other);
    }

    private static NewCase Received(CaseKind kind, string owner) => new(kind, new DateOnly(2026, 4, 2), HowReceived.Email, "Children in Care", owner,
        new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"],
        Member: kind == CaseKind.MemberEnquiry ? new MemberDetails(MemberType.Councillor, "Cllr A Member") : null);

    private async Task<Case> LogAsync(CaseKind kind, string owner, string reference)
    {
        var logged = Case.Log(Received(kind, owner), reference, Guid.NewGuid(), "officer-1", _time.GetUtcNow(), Rules).Value;
        await _store.AddAsync(logged, CaseIndex.Of(logged, Rules));
        return logged;
    }

    private async Task ChangeAsync(Guid id, Func<Case, Result> change)
    {
        var stored = (await _store.GetAsync(id))!;
        Assert.Null(change(stored.Value).Error);
        Assert.True((await _store.UpdateAsync(stored.Value, CaseIndex.Of(stored.Value, Rules), stored.Version)).Succeeded);
    }

    /// <summary>An hour in London on a day of April 2026 (BST).</summary>
    private static DateTimeOffset London(int day, int hour) => new(2026, 4, day, hour, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Through_April_every_prompt_goes_once_on_its_day_to_whoever_owns_the_deadline_then()
    {
        var complaint = await LogAsync(CaseKind.StatutoryComplaint, "manager-1", "CC-2026-0001");
        var enquiry = await LogAsync(CaseKind.MemberEnquiry, "manager-2", "ME-2026-0001");
        var sender = new RecordingSender(_time);
        var scheduler = Scheduler(_ledger, "host-a", sender);
        var actions = new Dictionary<DateTimeOffset, Func<Task>>
        {
            [London(9, 11)] = () => ChangeAsync(complaint.Id, c => c.Acknowledge(new DateOnly(2026, 4, 9), "manager-1", _time.GetUtcNow())),
            [London(9, 12)] = () => ChangeAsync(enquiry.Id, c => c.Acknowledge(new DateOnly(2026, 4, 9), "manager-2", _time.GetUtcNow())),
            [London(16, 12)] = () => ChangeAsync(enquiry.Id, c => c.Reassign("manager-3", "officer-1", _time.GetUtcNow())),
            [London(21, 12)] = () => ChangeAsync(complaint.Id, c => c.Extend(20, ExtensionGround.Complex, "Records from another council", true, new DateOnly(2026, 4, 21), "manager-1", _time.GetUtcNow())),
            [London(22, 12)] = () => ChangeAsync(enquiry.Id, c => c.RecordResponse(new StageResponse(new DateOnly(2026, 4, 22), Outcome.Upheld, [], [new ConcernOutcome(1, Outcome.Upheld)]), "manager-3", _time.GetUtcNow())),
        };

        // A pass every hour, day and night, from Thursday 2 April to Thursday 30 April.
        for (var at = _time.GetUtcNow(); at < new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero); at = at.AddHours(1))
        {
            _time.SetUtcNow(at);
            if (actions.TryGetValue(at, out var act)) await act();
            await scheduler.RunAsync();
        }

        static Sent S(int day, string reference, PromptClock clock, string threshold, string to) => new(new DateOnly(2026, 4, day), reference, clock, threshold, to);
        const PromptClock Ack = PromptClock.Acknowledgement, Response = PromptClock.Response;
        Assert.Equal(
        [
            // Received Thursday 2 April: the member enquiry's acknowledgement is due the next working day, Tuesday 7 April
            // (Good Friday and Easter Monday don't count); the complaint's 3 working days end Thursday 9 April.
            S(2, "CC-2026-0001", Ack, "-3", "manager-1"), S(2, "ME-2026-0001", Ack, "-1", "manager-2"),
            S(7, "ME-2026-0001", Ack, "0", "manager-2"),
            S(8, "CC-2026-0001", Ack, "-1", "manager-1"), S(8, "ME-2026-0001", Ack, "1", "manager-2"),
            // Both acknowledged later on the 9th; the enquiry's was 2 working days late, so its owner's manager heard first.
            S(9, "CC-2026-0001", Ack, "0", "manager-1"), S(9, "ME-2026-0001", Ack, "escalated", "head-1"), S(9, "ME-2026-0001", Ack, "2", "manager-2"),
            // Both responses are due Monday 20 April.
            S(15, "CC-2026-0001", Response, "-3", "manager-1"), S(15, "ME-2026-0001", Response, "-3", "manager-2"),
            // The enquiry is reassigned at noon on the 16th: its new owner hears at once, the old one no more.
            S(16, "ME-2026-0001", Response, "-3", "manager-3"),
            S(17, "CC-2026-0001", Response, "-1", "manager-1"), S(17, "ME-2026-0001", Response, "-1", "manager-3"),
            S(20, "CC-2026-0001", Response, "0", "manager-1"), S(20, "ME-2026-0001", Response, "0", "manager-3"),
            S(21, "CC-2026-0001", Response, "1", "manager-1"), S(21, "ME-2026-0001", Response, "1", "manager-3"),
            // The complaint was extended at noon on the 21st to 20 working days: Tuesday 5 May (4 May is a bank holiday).
            S(22, "ME-2026-0001", Response, "2", "manager-3"),
            S(29, "CC-2026-0001", Response, "-3", "manager-1"),
        ], sender.Delivered.OrderBy(s => s.On).ThenBy(s => s.Reference).ThenBy(s => s.Recipient));

        // manager-3 has no manager set up: the escalation on the 22nd is recorded as undelivered with why, not dropped.
        var undelivered = Assert.Single(await _ledger.ListUnsentPromptsAsync(10));
        Assert.Equal((PromptState.Undelivered, "ME-2026-0001"), (undelivered.State, undelivered.Reference));
        Assert.Contains("No manager is set up", undelivered.LastFailure);
    }

    [Fact]
    public async Task Two_hosts_running_passes_at_once_on_one_store_send_each_prompt_once()
    {
        for (var i = 1; i <= 30; i++) await LogAsync(CaseKind.StatutoryComplaint, $"owner-{i}", $"CC-2026-{i:0000}");
        _time.SetUtcNow(London(15, 10));
        var sender = new RecordingSender(_time);
        var a = Scheduler(_ledger, "host-a", sender);
        var b = OtherHost("host-b", sender);

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { Task.Run(() => a.RunAsync()), Task.Run(() => b.RunAsync()) }));

        // Each complaint: its acknowledgement (due 9 April, 4 working days overdue) and its response (due 20 April, 3 before);
        // the acknowledgement's escalation goes to nobody set up, so it is recorded, not sent.
        Assert.Equal(60, sender.Delivered.Count);
        Assert.Equal(60, sender.Delivered.Distinct().Count());
    }

    [Fact]
    public async Task A_host_stopped_after_claiming_but_before_sending_leaves_the_prompt_to_another_host_once_its_lease_lapses()
    {
        // On 15 April the acknowledgement (due 9 April) is overdue and prompted first, then the response (due 20 April).
        await LogAsync(CaseKind.InformalRepresentation, "manager-9", "IR-2026-0001");
        _time.SetUtcNow(London(15, 10));
        var sender = new RecordingSender(_time);

        await Assert.ThrowsAsync<HostStopped>(() => Scheduler(new HostStopsBefore(_ledger, PromptState.Sending), "host-a", sender).RunAsync());
        var b = OtherHost("host-b", sender);
        await b.RunAsync();
        Assert.DoesNotContain(sender.Delivered, s => s.Clock == PromptClock.Acknowledgement);

        _time.Advance(Lease);
        await b.RunAsync();
        await b.RunAsync();

        Assert.Single(sender.Delivered, s => s.Clock == PromptClock.Acknowledgement);
        Assert.Single(sender.Delivered, s => s.Clock == PromptClock.Response);
    }

    [Fact]
    public async Task A_host_stopped_after_sending_but_before_recording_it_never_sends_it_again_and_the_prompt_is_listed_in_doubt()
    {
        await LogAsync(CaseKind.InformalRepresentation, "manager-9", "IR-2026-0001");
        _time.SetUtcNow(London(15, 10));
        var sender = new RecordingSender(_time);

        await Assert.ThrowsAsync<HostStopped>(() => Scheduler(new HostStopsBefore(_ledger, PromptState.Sent), "host-a", sender).RunAsync());
        _time.Advance(TimeSpan.FromHours(1));
        await OtherHost("host-b", sender).RunAsync();

        Assert.Single(sender.Delivered, s => s.Clock == PromptClock.Acknowledgement);
        var unsent = await _ledger.ListUnsentPromptsAsync(10);
        Assert.Contains(unsent, e => PromptClaims.InDoubt(e, _time.GetUtcNow()));
    }

    [Fact]
    public async Task Someone_the_bot_cannot_reach_is_recorded_and_tried_again_with_backoff()
    {
        // Its acknowledgement and response both prompt manager-1, who hasn't installed the bot.
        await LogAsync(CaseKind.InformalRepresentation, "manager-1", "IR-2026-0001");
        _time.SetUtcNow(London(15, 10));
        var unreachable = Scheduler(_ledger, "host-a", new RecordingSender(_time, "manager-1"));

        var first = await unreachable.RunAsync();
        _time.Advance(TimeSpan.FromMinutes(10));
        var tooSoon = await unreachable.RunAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        var retried = await unreachable.RunAsync();

        Assert.Equal((2, 0, 2), (first.Undelivered.Count, tooSoon.Undelivered.Count, retried.Undelivered.Count));
        var entries = await _ledger.ListUnsentPromptsAsync(10);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.Equal((PromptState.Undelivered, 2, _time.GetUtcNow().AddMinutes(30)), (entry.State, entry.Attempts, entry.RetryAt));
            Assert.Contains("BotNotInConversationRoster", entry.LastFailure);
        });
    }

    [Fact]
    public async Task Nothing_is_read_outside_working_hours()
    {
        await LogAsync(CaseKind.InformalRepresentation, "manager-1", "IR-2026-0001");
        _time.SetUtcNow(new DateTimeOffset(2026, 4, 18, 10, 0, 0, TimeSpan.Zero)); // Saturday

        var pass = await Scheduler(_ledger, "host-a", new RecordingSender(_time)).RunAsync();

        Assert.False(pass.InWorkingHours);
        Assert.Empty(pass.Sent);
    }
}
