using Microsoft.Identity.Client;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>Gives MSAL pooled handlers from <see cref="IHttpClientFactory"/>. Made by each MSAL app's builder, not registered
/// as a service, so a host that never asks for a token (local development) never loads MSAL.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "ComplaintsAssistant.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
