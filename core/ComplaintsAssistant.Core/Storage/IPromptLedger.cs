namespace ComplaintsAssistant.Core.Storage;

/// <summary>Where the deadline prompts are recorded: one entry per prompt key (case, clock, due date, threshold, owner),
/// written only by compare-and-swap so that any number of hosts on one store agree on who sends each prompt. The states
/// and leases are core's (<see cref="Deadlines.PromptClaims"/>); a store only adds, reads and replaces entries. Every
/// implementation passes the same contract suite.</summary>
public interface IPromptLedger
{
    /// <summary>Adds the entry if its key has none. Returns the version written, or null when the key already has an entry
    /// (nothing is changed).</summary>
    Task<string?> TryAddPromptAsync(PromptEntry entry, CancellationToken cancellationToken = default);

    Task<Versioned<PromptEntry>?> GetPromptAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Replaces the entry with the same key if nobody has written it since <paramref name="expectedVersion"/>.
    /// Returns the new version, or null when it has changed (nothing is written).</summary>
    Task<string?> TryReplacePromptAsync(PromptEntry entry, string expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Entries not yet sent (claimed, in doubt, or waiting to be retried), oldest first: for the officers' digest
    /// and for retries. Sent entries and snoozes are never listed.</summary>
    Task<IReadOnlyList<PromptEntry>> ListUnsentPromptsAsync(int take, CancellationToken cancellationToken = default);
}

/// <summary>A prompt in the ledger.</summary>
/// <param name="Key">The prompt's key (<see cref="Deadlines.Prompt.Key"/>).</param>
/// <param name="Recipient">Who it is for (an Entra object id or a local persona id), never a name or address.</param>
/// <param name="Claimant">The host instance holding it, while <see cref="LeaseUntil"/> lasts.</param>
/// <param name="Attempts">How many times a host has claimed it to send.</param>
/// <param name="LastFailure">Why the last attempt failed, in words ("the bot is not installed for this person").</param>
/// <param name="RetryAt">When an undelivered prompt may be tried again.</param>
public sealed record PromptEntry(
    string Key,
    Guid CaseId,
    string Reference,
    string Recipient,
    PromptState State,
    string? Claimant,
    DateTimeOffset? LeaseUntil,
    int Attempts,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SentAt = null,
    string? LastFailure = null,
    DateTimeOffset? RetryAt = null);

public enum PromptState
{
    /// <summary>A host has claimed it and is getting ready to send; if its lease lapses, another host sends it.</summary>
    Claimed,
    /// <summary>The host is sending it now. If its lease lapses the prompt is in doubt (it may have arrived): it is not
    /// sent again but listed for the complaints officers.</summary>
    Sending,
    Sent,
    /// <summary>The person could not be reached (not installed, blocked, no way to start a chat): tried again at
    /// <see cref="PromptEntry.RetryAt"/>.</summary>
    Undelivered,
    /// <summary>Not a prompt: its owner snoozed a deadline's reminders (<see cref="Deadlines.PromptSnoozes"/>) until
    /// <see cref="PromptEntry.RetryAt"/>; <see cref="PromptEntry.Claimant"/> is who snoozed it. Never listed as unsent.</summary>
    Snoozed,
}
