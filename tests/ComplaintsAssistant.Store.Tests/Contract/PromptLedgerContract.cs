using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every prompt ledger must do, and that <see cref="PromptClaims"/> on it sends each prompt at most once
/// and never skips one. Each store's test class supplies a fresh, empty store.</summary>
public abstract class PromptLedgerContract
{
    protected abstract Task<IPromptLedger> NewLedgerAsync();

    /// <summary>A second handle on the same store, as a second host instance would have.</summary>
    protected abstract Task<IPromptLedger> SecondHostOnAsync(IPromptLedger ledger);

    private static readonly DateTimeOffset Now = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static Prompt APrompt(string owner = "manager-1", int threshold = 0) =>
        new(Guid.NewGuid(), "CC-2026-0001", CaseKind.StatutoryComplaint,
            new DueClock(PromptClock.Response, 1, owner, new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 20), 10), threshold, PromptAudience.Owner);

    private static PromptEntry Entry(string key, DateTimeOffset at, PromptState state = PromptState.Claimed) =>
        new(key, Guid.NewGuid(), "CC-2026-0001", "manager-1", state, "host-a", at + Lease, 1, at);

    [Fact]
    public async Task An_entry_is_added_once_and_read_back_as_written()
    {
        var ledger = await NewLedgerAsync();
        var entry = Entry("a/b/c", Now) with { LastFailure = "why", RetryAt = Now.AddHours(1), SentAt = Now };

        var version = await ledger.TryAddPromptAsync(entry);
        var again = await ledger.TryAddPromptAsync(entry with { Claimant = "host-b" });
        var read = await ledger.GetPromptAsync("a/b/c");

        Assert.NotNull(version);
        Assert.Null(again);
        Assert.Equal(entry, read!.Value);
        Assert.Equal(version, read.Version);
        Assert.Null(await ledger.GetPromptAsync("not/there"));
    }

    [Fact]
    public async Task A_replace_based_on_a_stale_version_writes_nothing()
    {
        var ledger = await NewLedgerAsync();
        var entry = Entry("k", Now);
        var first = (await ledger.TryAddPromptAsync(entry))!;

        var second = await ledger.TryReplacePromptAsync(entry with { State = PromptState.Sending }, first);
        var stale = await ledger.TryReplacePromptAsync(entry with { State = PromptState.Sent }, first);

        Assert.NotNull(second);
        Assert.Null(stale);
        var read = (await ledger.GetPromptAsync("k"))!;
        Assert.Equal((PromptState.Sending, second), (read.Value.State, read.Version));
    }

    [Fact]
    public async Task Two_hosts_racing_for_the_same_prompts_claim_each_exactly_once()
    {
        var ledger = await NewLedgerAsync();
        var other = await SecondHostOnAsync(ledger);
        var prompts = Enumerable.Range(0, 10).Select(_ => APrompt()).ToArray();
        var a = new PromptClaims(ledger, "host-a", Lease);
        var b = new PromptClaims(other, "host-b", Lease);

        var claims = await Task.WhenAll(prompts.SelectMany(p => new[] { a.ClaimAsync(p, "manager-1", Now), b.ClaimAsync(p, "manager-1", Now), a.ClaimAsync(p, "manager-1", Now) }));

        Assert.Equal(prompts.Select(p => p.Key).Order(), claims.OfType<Versioned<PromptEntry>>().Select(c => c.Value.Key).Order());
    }

    [Fact]
    public async Task A_claim_whose_host_stopped_before_sending_is_taken_over_once_its_lease_lapses()
    {
        var ledger = await NewLedgerAsync();
        var prompt = APrompt();
        var a = new PromptClaims(ledger, "host-a", Lease);
        var b = new PromptClaims(await SecondHostOnAsync(ledger), "host-b", Lease);
        Assert.NotNull(await a.ClaimAsync(prompt, "manager-1", Now));

        Assert.Null(await b.ClaimAsync(prompt, "manager-1", Now + Lease - TimeSpan.FromSeconds(1)));
        var taken = await b.ClaimAsync(prompt, "manager-1", Now + Lease);

        Assert.Equal(("host-b", 2), (taken!.Value.Claimant, taken.Value.Attempts));
        var sending = await b.BeginSendAsync(taken, Now + Lease);
        Assert.True(await b.MarkSentAsync(sending!, Now + Lease));
        Assert.Null(await a.ClaimAsync(prompt, "manager-1", Now.AddDays(1)));
    }

    [Fact]
    public async Task A_host_whose_claim_was_taken_over_does_not_send()
    {
        var ledger = await NewLedgerAsync();
        var prompt = APrompt();
        var a = new PromptClaims(ledger, "host-a", Lease);
        var b = new PromptClaims(await SecondHostOnAsync(ledger), "host-b", Lease);
        var slow = (await a.ClaimAsync(prompt, "manager-1", Now))!;
        Assert.NotNull(await b.ClaimAsync(prompt, "manager-1", Now + Lease));

        Assert.Null(await a.BeginSendAsync(slow, Now + Lease));                     // its lease lapsed
        Assert.Null(await a.BeginSendAsync(slow, Now + Lease - TimeSpan.FromSeconds(1))); // and the entry moved on
    }

    [Fact]
    public async Task A_host_that_died_while_sending_leaves_the_prompt_in_doubt_never_sent_again_but_listed()
    {
        var ledger = await NewLedgerAsync();
        var prompt = APrompt();
        var a = new PromptClaims(ledger, "host-a", Lease);
        var b = new PromptClaims(await SecondHostOnAsync(ledger), "host-b", Lease);
        Assert.NotNull(await a.BeginSendAsync((await a.ClaimAsync(prompt, "manager-1", Now))!, Now));

        var later = Now.AddHours(1);
        Assert.Null(await b.ClaimAsync(prompt, "manager-1", later));
        var unsent = await ledger.ListUnsentPromptsAsync(10);
        Assert.True(PromptClaims.InDoubt(Assert.Single(unsent), later));
    }

    [Fact]
    public async Task An_undelivered_prompt_is_kept_with_why_and_tried_again_when_its_retry_time_comes()
    {
        var ledger = await NewLedgerAsync();
        var prompt = APrompt();
        var claims = new PromptClaims(ledger, "host-a", Lease);
        var claim = (await claims.ClaimAsync(prompt, "manager-1", Now))!;
        Assert.True(await claims.MarkUndeliveredAsync(claim, "The bot is not installed for this person.", Now.AddHours(1), Now));

        Assert.Null(await claims.ClaimAsync(prompt, "manager-1", Now.AddMinutes(59)));
        var retried = await claims.ClaimAsync(prompt, "manager-1", Now.AddHours(1));

        Assert.Equal((PromptState.Claimed, 2, "The bot is not installed for this person."),
            (retried!.Value.State, retried.Value.Attempts, retried.Value.LastFailure));
    }

    [Fact]
    public async Task Unsent_prompts_are_listed_oldest_first_and_sent_ones_never()
    {
        var ledger = await NewLedgerAsync();
        var claims = new PromptClaims(ledger, "host-a", Lease);
        var sent = (await claims.ClaimAsync(APrompt("sent"), "sent", Now))!;
        Assert.True(await claims.MarkSentAsync((await claims.BeginSendAsync(sent, Now))!, Now));
        var newer = (await claims.ClaimAsync(APrompt("newer"), "newer", Now.AddMinutes(2)))!;
        var older = (await claims.ClaimAsync(APrompt("older"), "older", Now.AddMinutes(1)))!;

        var unsent = await ledger.ListUnsentPromptsAsync(10);

        Assert.Equal([older.Value.Key, newer.Value.Key], unsent.Select(e => e.Key));
        Assert.Single(await ledger.ListUnsentPromptsAsync(1));
    }

    [Fact]
    public async Task A_snooze_is_kept_with_who_and_until_and_never_listed_as_unsent()
    {
        var ledger = await NewLedgerAsync();
        var snoozes = new PromptSnoozes(ledger, Core.Timescales.WorkingDayCalendar.EnglandAndWales, 2);
        var prompt = APrompt(threshold: -3) with { Due = APrompt().Due with { DueOn = new DateOnly(2026, 4, 24) } };

        var snoozed = await snoozes.SnoozeAsync(prompt, new DateOnly(2026, 4, 22), "manager-1", Now);
        var again = await new PromptSnoozes(await SecondHostOnAsync(ledger), Core.Timescales.WorkingDayCalendar.EnglandAndWales, 2)
            .SnoozeAsync(prompt, new DateOnly(2026, 4, 21), "manager-1", Now);

        Assert.True(snoozed.Succeeded);
        Assert.Equal("already-snoozed", again.Error?.Rule);
        Assert.Equal(new Snooze(new DateOnly(2026, 4, 22), "manager-1", Now), await snoozes.FindAsync(prompt.CaseId, prompt.Due));
        Assert.True(await snoozes.HoldsBackAsync(prompt, new DateTimeOffset(2026, 4, 21, 23, 0, 0, TimeSpan.Zero) - TimeSpan.FromSeconds(1)));
        Assert.False(await snoozes.HoldsBackAsync(prompt, new DateTimeOffset(2026, 4, 21, 23, 0, 0, TimeSpan.Zero))); // midnight in London (BST)
        Assert.Empty(await ledger.ListUnsentPromptsAsync(10));
    }
}
