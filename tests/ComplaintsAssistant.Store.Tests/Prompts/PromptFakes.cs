using System.Collections.Concurrent;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>A connector that records what it delivered, with the UK date it was delivered on; people listed as
/// unreachable get the connector's refusal instead.</summary>
internal sealed class RecordingSender(TimeProvider time, params string[] unreachable) : IPromptSender
{
    public ConcurrentQueue<Sent> Delivered { get; } = new();

    public Task<Delivery> SendAsync(Prompt prompt, string recipient, CancellationToken cancellationToken = default)
    {
        if (unreachable.Contains(recipient)) return Task.FromResult(Delivery.Unreachable("The bot is not installed for this person (BotNotInConversationRoster)."));
        Delivered.Enqueue(new Sent(UkDate.On(time.GetUtcNow()), prompt.Reference, prompt.Due.Clock,
            prompt.Audience == PromptAudience.Manager ? "escalated" : prompt.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture), recipient));
        return Task.FromResult(Delivery.Sent);
    }
}

internal sealed record Sent(DateOnly On, string Reference, PromptClock Clock, string Threshold, string Recipient);

internal sealed class Managers(Dictionary<string, string> managers) : IManagerDirectory
{
    public Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken = default) =>
        Task.FromResult(managers.GetValueOrDefault(personId));
}

/// <summary>Fault injection: the host stops dead when it is about to write <paramref name="state"/>; nothing it would
/// have done after that point happens, as when the process is killed there.</summary>
internal sealed class HostStopsBefore(IPromptLedger inner, PromptState state) : IPromptLedger
{
    public Task<string?> TryAddPromptAsync(PromptEntry entry, CancellationToken cancellationToken = default) => inner.TryAddPromptAsync(entry, cancellationToken);

    public Task<Versioned<PromptEntry>?> GetPromptAsync(string key, CancellationToken cancellationToken = default) => inner.GetPromptAsync(key, cancellationToken);

    public Task<string?> TryReplacePromptAsync(PromptEntry entry, string expectedVersion, CancellationToken cancellationToken = default) =>
        entry.State == state ? throw new HostStopped() : inner.TryReplacePromptAsync(entry, expectedVersion, cancellationToken);

    public Task<IReadOnlyList<PromptEntry>> ListUnsentPromptsAsync(int take, CancellationToken cancellationToken = default) => inner.ListUnsentPromptsAsync(take, cancellationToken);
}

internal sealed class HostStopped : Exception;
