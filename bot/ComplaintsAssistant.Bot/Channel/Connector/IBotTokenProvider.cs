namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>The bearer token for the connector; null means send none (development mode).</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Development mode: the local connector (or none) needs no token.</summary>
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
