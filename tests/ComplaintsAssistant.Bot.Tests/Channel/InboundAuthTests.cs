using System.Net;
using System.Security.Cryptography;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>
/// The auth matrix of bot-protocol.md §2 against a fake OpenID server with test keys: every bad
/// token is refused (401, or 403 for an unendorsed key) and never reaches the handler.
/// </summary>
public sealed class InboundAuthTests : IAsyncLifetime
{
    private FakeOpenIdServer _openId = null!;
    private FakeConnectorServer _connector = null!;
    private ChannelTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _openId.AddKey("teams-key", ["skype", "msteams"]);
        _openId.AddKey("webchat-key", ["webchat", "directline"]);
        _connector = await FakeConnectorServer.StartAsync();
        _host = await ChannelTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:AppId"] = TestTokens.AppId,
                ["Bot:AppPassword"] = "not-used-in-tests",
                ["Bot:Auth:OpenIdMetadataUrl"] = _openId.MetadataUrl,
                ["Bot:Auth:RequireHttpsMetadata"] = "false",
                ["Bot:Auth:MinimumRefreshInterval"] = "00:00:01",
                ["Bot:Connector:AllowLoopbackHttp"] = "true",
            },
            services => services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider("connector-token")));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private string Activity => TeamsFixtures.Load("personal-message.json", _connector.ServiceUrl);

    private string GoodToken(string kid = "teams-key") => TestTokens.Create(_openId.Credentials(kid), _connector.ServiceUrl);

    [Fact]
    public async Task GoodTokenIsAcceptedAndTheReplyCarriesTheBotToken()
    {
        var response = await _host.PostActivityAsync(Activity, GoodToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("Bearer connector-token", reply.Authorization);
        Assert.Single(_host.Handler.Turns);
    }

    [Fact]
    public async Task ServiceUrlClaimIsComparedCaseInsensitively()
    {
        var token = TestTokens.Create(_openId.Credentials("teams-key"), _connector.ServiceUrl.ToUpperInvariant());

        var response = await _host.PostActivityAsync(Activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rs512IsAccepted()
    {
        var token = TestTokens.Create(_openId.Credentials("teams-key", SecurityAlgorithms.RsaSha512), _connector.ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(Activity, token)).StatusCode);
    }

    public static TheoryData<string> RefusedCases =>
    [
        "no token", "not bearer", "garbage", "bad signature", "wrong issuer", "wrong audience", "expired",
        "not yet valid", "serviceurl mismatch", "no serviceurl", "never published kid", "hmac", "no kid",
    ];

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task BadTokensAreRefusedWith401(string scenario)
    {
        var response = await SendAsync(scenario);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertHandlerNeverCalledAsync();
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannelIsRefusedWith403()
    {
        var response = await _host.PostActivityAsync(Activity, GoodToken("webchat-key"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertHandlerNeverCalledAsync();
    }

    [Fact]
    public async Task UnknownKeyIdTriggersARefetchAndThenTheNewKeyWorks()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(Activity, GoodToken())).StatusCode);
        var fetchesBefore = _openId.KeyFetches;
        _openId.AddKey("rolled-key", ["msteams"]);

        // The keys are refetched on the unknown id; the new key is then accepted.
        await Eventually.TrueAsync(async () =>
            (await _host.PostActivityAsync(Activity, GoodToken("rolled-key"))).StatusCode == HttpStatusCode.OK);
        Assert.True(_openId.KeyFetches > fetchesBefore);
    }

    private Task<HttpResponseMessage> SendAsync(string scenario)
    {
        var serviceUrl = _connector.ServiceUrl;
        var teams = _openId.Credentials("teams-key");
        return scenario switch
        {
            "no token" => _host.PostActivityAsync(Activity),
            "not bearer" => SendWithHeaderAsync("Basic " + GoodToken()),
            "garbage" => _host.PostActivityAsync(Activity, "not.a.jwt"),
            "bad signature" => _host.PostActivityAsync(Activity, Tamper(GoodToken())),
            "wrong issuer" => _host.PostActivityAsync(Activity, TestTokens.Create(teams, serviceUrl, issuer: "https://sts.windows.net/evil/")),
            "wrong audience" => _host.PostActivityAsync(Activity, TestTokens.Create(teams, serviceUrl, audience: "another-app")),
            "expired" => _host.PostActivityAsync(Activity, TestTokens.Create(teams, serviceUrl,
                notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6))),
            "not yet valid" => _host.PostActivityAsync(Activity, TestTokens.Create(teams, serviceUrl,
                notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1))),
            "serviceurl mismatch" => _host.PostActivityAsync(Activity, TestTokens.Create(teams, "https://smba.trafficmanager.net/amer/")),
            "no serviceurl" => _host.PostActivityAsync(Activity, TestTokens.Create(teams, serviceUrl: null)),
            "never published kid" => NeverPublishedAsync(),
            "hmac" => _host.PostActivityAsync(Activity, TestTokens.Create(
                new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "teams-key" }, SecurityAlgorithms.HmacSha256),
                serviceUrl)),
            "no kid" => _host.PostActivityAsync(Activity, TestTokens.Create(
                new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256), serviceUrl)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
    }

    private Task<HttpResponseMessage> NeverPublishedAsync()
    {
        _openId.AddKey("secret-key", ["msteams"], published: false);
        return _host.PostActivityAsync(Activity, GoodToken("secret-key"));
    }

    private Task<HttpResponseMessage> SendWithHeaderAsync(string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(Activity, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return _host.Http.SendAsync(request);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[0] ^= 0xFF;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    private async Task AssertHandlerNeverCalledAsync()
    {
        await Task.Delay(50);
        Assert.Empty(_host.Handler.Turns);
        Assert.Empty(_connector.Requests);
    }

    private sealed class FixedTokenProvider(string token) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}
