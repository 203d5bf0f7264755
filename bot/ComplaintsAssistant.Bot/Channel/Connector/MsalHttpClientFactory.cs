using Microsoft.Identity.Client;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>Gives MSAL pooled handlers from <see cref="IHttpClientFactory"/>.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "ComplaintsAssistant.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
