using System.Net;
using Azure.Storage.Blobs;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Store.Emails;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary><c>/health/ready</c> with the parts every instance shares — the email store and Microsoft Graph — down: the
/// instance is reported degraded by name, and stays ready (200), since taking it out of the load balancer would help nobody.</summary>
public sealed class SharedReadinessTests
{
    /// <summary>A deployment that asks Graph for managers, as a council's has it.</summary>
    private static Dictionary<string, string?> AskingGraph() => new()
    {
        ["Entra:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["Entra:ClientId"] = "22222222-2222-2222-2222-222222222222",
        ["Bot:AppId"] = "33333333-3333-3333-3333-333333333333",
        ["Bot:AppPassword"] = "not-a-real-secret",
        ["Prompts:Managers"] = "Graph",
    };

    [Fact]
    public async Task AnUnreachableBlobStoreIsDegradedNotUnavailable()
    {
        var blobs = new UriBuilder(Unreachable.CosmosEndpoint()) { Path = "intake" }.Uri;
        using var host = new ApiHost(services: services => services.Replace(ServiceDescriptor.Singleton<IEmailStore>(
            new AzureEmailStore(new BlobContainerClient(blobs, new BlobClientOptions { Retry = { MaxRetries = 0 } })))));

        var ready = await host.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.ReadObjectAsync();
        Assert.Equal("degraded", (string?)body["status"]);
        Assert.Equal(["emails"], body["degraded"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(body["unavailable"]!.AsArray());
        Assert.DoesNotContain(blobs.Authority, body.ToJsonString()); // which part, never why
    }

    [Fact]
    public async Task GraphWithoutATokenIsDegraded()
    {
        var asked = new TokenEndpoint(HttpStatusCode.ServiceUnavailable);
        using var host = new ApiHost(AskingGraph(), services: services =>
            services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(() => asked));

        var ready = await host.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.ReadObjectAsync();
        Assert.Equal("degraded", (string?)body["status"]);
        Assert.Equal(["graph"], body["degraded"]!.AsArray().Select(n => (string?)n));
        Assert.True(asked.Asked > 0, "the token was asked for");
    }

    [Fact]
    public async Task GraphThatGivesATokenIsReady()
    {
        var asked = new TokenEndpoint(HttpStatusCode.OK);
        using var host = new ApiHost(AskingGraph(), services: services =>
            services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(() => asked));

        var ready = await host.CreateClient().GetAsync("/health/ready");

        var body = await ready.ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Empty(body["degraded"]!.AsArray());
        Assert.True(asked.Asked > 0, "the token was asked for");
    }

    /// <summary>Entra's token endpoint as MSAL reaches it: answers a client-credentials request with a token, or fails.
    /// Anything else (instance discovery) is 404, which MSAL answers from what it knows of the public cloud.</summary>
    private sealed class TokenEndpoint(HttpStatusCode answer) : HttpMessageHandler
    {
        public int Asked;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token")) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            Interlocked.Increment(ref Asked);
            return Task.FromResult(answer == HttpStatusCode.OK
                ? new HttpResponseMessage(answer) { Content = new StringContent("""{"token_type":"Bearer","expires_in":3600,"access_token":"graph-token"}""", System.Text.Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(answer) { Content = new StringContent("""{"error":"temporarily_unavailable"}""", System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
