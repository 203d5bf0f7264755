using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// Teams' limits held across every call this host makes (bot-protocol.md §3.5): 7 per second in one conversation, and
/// a limit for the whole app in a tenant (30 per second by default) that a burst of deadline prompts to many people would
/// otherwise break. The conversation's slot is waited for first, then the tenant's, so a call held back by its
/// conversation doesn't use up a tenant slot it isn't ready to send in. A 429 that gets through anyway is retried after
/// its Retry-After (<see cref="RetryPolicy"/>).
/// </summary>
public sealed class ConnectorPacing(TimeProvider time, IOptions<ChannelOptions> options)
{
    /// <summary>The tenant's key when a call doesn't name one: such calls share one limit rather than going unlimited.</summary>
    private const string UnknownTenant = "(unknown tenant)";

    private readonly SendRateLimiter _conversations = new(time, options.Value.Connector.MessagesPerSecondPerConversation);
    private readonly SendRateLimiter _tenants = new(time, options.Value.Connector.RequestsPerSecondPerTenant);

    public async ValueTask WaitAsync(string conversationKey, string? tenantId, CancellationToken cancellationToken)
    {
        await _conversations.WaitAsync(conversationKey, cancellationToken);
        await _tenants.WaitAsync(string.IsNullOrWhiteSpace(tenantId) ? UnknownTenant : tenantId, cancellationToken);
    }
}
