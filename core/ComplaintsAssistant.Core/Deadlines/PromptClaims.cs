using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>
/// Sends each prompt at most once across every host on one store, and never skips one, by moving its ledger entry
/// through Claimed → Sending → Sent with compare-and-swap writes:
/// <list type="bullet">
/// <item>Claim (before anything that can take time: finding the chat, waiting for the rate limit). A host that dies
/// holding a claim loses it when the lease lapses, and another host sends the prompt: nothing is skipped.</item>
/// <item>Sending, written immediately before the connector call; Sent, the one write after it. Between them is the one
/// window that can't be closed: the connector accepted the message and the host died before recording it (or died while
/// the call was in flight). Such a prompt is in doubt: it is never sent again (no duplicates) and is listed for the
/// complaints officers, so it is not lost silently either.</item>
/// </list>
/// A write that finds the entry changed means another host took it over: this host stops.
/// </summary>
public sealed class PromptClaims(IPromptLedger ledger, string claimant, TimeSpan lease)
{
    /// <summary>Claims <paramref name="prompt"/> for <paramref name="recipient"/>: the claim to send it with, or null when
    /// it was sent, is being sent elsewhere, is in doubt, or waits for a retry.</summary>
    public Task<Versioned<PromptEntry>?> ClaimAsync(Prompt prompt, string recipient, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ClaimAsync(prompt.Key, prompt.CaseId, prompt.Reference, recipient, now, cancellationToken);

    /// <summary>As for a prompt, for anything else sent once under its own key (the officers' weekly digest).</summary>
    public async Task<Versioned<PromptEntry>?> ClaimAsync(string key, Guid caseId, string reference, string recipient, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // Read first: every pass meets the prompts already sent again, and a read is far cheaper than a refused insert.
        var existing = await ledger.GetPromptAsync(key, cancellationToken);
        if (existing is null)
        {
            var fresh = new PromptEntry(key, caseId, reference, recipient, PromptState.Claimed, claimant, now + lease, 1, now);
            if (await ledger.TryAddPromptAsync(fresh, cancellationToken) is { } added) return new(fresh, added);
            existing = await ledger.GetPromptAsync(key, cancellationToken);
        }
        if (existing is null || !Claimable(existing.Value, now)) return null;
        var retaken = existing.Value with
        {
            State = PromptState.Claimed, Claimant = claimant, LeaseUntil = now + lease, Attempts = existing.Value.Attempts + 1,
            UpdatedAt = now, Recipient = recipient,
        };
        return await ledger.TryReplacePromptAsync(retaken, existing.Version, cancellationToken) is { } version ? new(retaken, version) : null;
    }

    /// <summary>Records that the message goes to the connector now; false when the claim was lost (the lease lapsed and
    /// another host took it): then don't send.</summary>
    public async Task<Versioned<PromptEntry>?> BeginSendAsync(Versioned<PromptEntry> claim, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (claim.Value.LeaseUntil <= now) return null;
        var sending = claim.Value with { State = PromptState.Sending, LeaseUntil = now + lease, UpdatedAt = now };
        return await ledger.TryReplacePromptAsync(sending, claim.Version, cancellationToken) is { } version ? new(sending, version) : null;
    }

    /// <summary>Sends under a claim: marks it sending (nothing goes if the claim was lost), sends, and records the outcome
    /// (sent, or undelivered with why and when to try again). Null when the claim was lost.</summary>
    public async Task<Delivery?> SendUnderAsync(Versioned<PromptEntry> claim, Func<Task<Delivery>> send, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var sending = await BeginSendAsync(claim, time.GetUtcNow(), cancellationToken);
        if (sending is null) return null;
        var delivery = await send();
        if (delivery.WasSent) await MarkSentAsync(sending, time.GetUtcNow(), cancellationToken);
        else await MarkUndeliveredAsync(sending, delivery.Failure!, RetryAt(claim.Value.Attempts, time.GetUtcNow()), time.GetUtcNow(), cancellationToken);
        return delivery;
    }

    /// <summary>The one write after the connector accepted the message.</summary>
    public async Task<bool> MarkSentAsync(Versioned<PromptEntry> sending, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ledger.TryReplacePromptAsync(sending.Value with { State = PromptState.Sent, LeaseUntil = null, SentAt = now, UpdatedAt = now, LastFailure = null, RetryAt = null },
            sending.Version, cancellationToken) is not null;

    /// <summary>The connector refused for good or the person can't be reached: recorded with why, and tried again at
    /// <paramref name="retryAt"/>.</summary>
    public async Task<bool> MarkUndeliveredAsync(Versioned<PromptEntry> claim, string reason, DateTimeOffset retryAt, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ledger.TryReplacePromptAsync(claim.Value with { State = PromptState.Undelivered, LeaseUntil = null, LastFailure = reason, RetryAt = retryAt, UpdatedAt = now },
            claim.Version, cancellationToken) is not null;

    /// <summary>A lapsed claim (its host stopped before sending) or an undelivered prompt whose retry time has come.</summary>
    public static bool Claimable(PromptEntry entry, DateTimeOffset now) => entry.State switch
    {
        PromptState.Claimed => entry.LeaseUntil <= now,
        PromptState.Undelivered => entry.RetryAt <= now,
        _ => false,
    };

    /// <summary>Backoff for someone the bot can't reach: 15 minutes, doubling with each attempt, at most a day.</summary>
    public static DateTimeOffset RetryAt(int attempts, DateTimeOffset now) =>
        now + TimeSpan.FromMinutes(Math.Min(15 * Math.Pow(2, Math.Min(attempts - 1, 10)), TimeSpan.FromDays(1).TotalMinutes));

    /// <summary>Sent or not, nobody knows: the host died while sending. Listed for the officers, never sent again.</summary>
    public static bool InDoubt(PromptEntry entry, DateTimeOffset now) => entry.State == PromptState.Sending && entry.LeaseUntil <= now;
}
