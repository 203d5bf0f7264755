using System.Net;
using System.Security.Cryptography;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>
/// The auth matrix of bot-protocol.md §2 against a fake OpenID server with test keys: every bad
/// token is refused (401, or 403 for an unendorsed key or an unlisted caller app) and leaves no trace: no turn,
/// no reply, no conversation reference. The bot is single-tenant with one Entra caller app listed, so the
/// Entra rows run against the same host as the Bot Framework ones.
/// </summary>
public sealed class InboundAuthTests : IAsyncLifetime
{
    private const string UserId = "29:1a2b3c-personal-user";
    private const string UserObjectId = "6f1c2d3e-0000-4000-8000-000000000001";

    private FakeOpenIdServer _openId = null!;
    private FakeConnectorServer _connector = null!;
    private ChannelTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _openId.AddKey("teams-key", ["skype", "msteams"]);
        _openId.AddKey("webchat-key", ["webchat", "directline"]);
        _openId.AddEntraKey("entra-key");
        _connector = await FakeConnectorServer.StartAsync();
        _host = await StartHostAsync(TestTokens.CallerAppId);
    }

    /// <summary>The test-only settings (plain-http metadata and connector) are honoured because ChannelTestHost runs as Development.</summary>
    private Task<ChannelTestHost> StartHostAsync(params string[] entraCallerAppIds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppPassword"] = "not-used-in-tests",
            ["Bot:TenantId"] = TestTokens.TenantId,
            ["Bot:Auth:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["Bot:Auth:EntraMetadataUrlTemplate"] = _openId.EntraMetadataUrlTemplate,
            ["Bot:Auth:RequireHttpsMetadata"] = "false",
            ["Bot:Auth:MinimumRefreshInterval"] = "00:00:01",
            ["Bot:Connector:AllowLoopbackHttp"] = "true",
        };
        for (var i = 0; i < entraCallerAppIds.Length; i++)
        {
            settings[$"Bot:Auth:EntraCallerAppIds:{i}"] = entraCallerAppIds[i];
        }

        return ChannelTestHost.StartAsync(settings, services => services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider("connector-token")));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private string Activity => TeamsFixtures.Load("personal-message.json", _connector.ServiceUrl);

    private string ActivitySaying(string text)
    {
        var activity = TeamsFixtures.LoadObject("personal-message.json", _connector.ServiceUrl);
        activity["text"] = text;
        return activity.ToJsonString();
    }

    private string GoodToken(string kid = "teams-key") => TestTokens.Create(_openId.Credentials(kid), _connector.ServiceUrl);

    private string EntraToken(EntraVersion version, string? callerAppId, bool withServiceUrl = true) =>
        TestTokens.CreateEntra(_openId.Credentials("entra-key"), withServiceUrl ? _connector.ServiceUrl : null, version, callerAppId);

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

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannelIsRefusedWith403()
    {
        var response = await _host.PostActivityAsync(Activity, GoodToken("webchat-key"));

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Forbidden);
    }

    public static TheoryData<EntraVersion> EntraVersions => [EntraVersion.V1, EntraVersion.V2];

    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task AListedCallersEntraTokenIsAccepted(EntraVersion version)
    {
        var response = await _host.PostActivityAsync(Activity, EntraToken(version, TestTokens.CallerAppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: help", (string?)Assert.Single(await _connector.WaitForAsync(1)).Body?["text"]);
    }

    /// <summary>Any app in the tenant can get a token for the bot's audience; it must not speak as the complaints officer.</summary>
    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task AnotherAppsEntraTokenIsRefusedWith403(EntraVersion version)
    {
        var response = await _host.PostActivityAsync(Activity, EntraToken(version, TestTokens.OtherAppId));

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AV2TokenIsJudgedByItsAzpNotAnAppidClaimBesideIt()
    {
        var token = TestTokens.Create(_openId.Credentials("entra-key"), _connector.ServiceUrl,
            issuer: $"https://login.microsoftonline.com/{TestTokens.TenantId}/v2.0",
            claims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = TestTokens.OtherAppId, ["appid"] = TestTokens.CallerAppId });

        var response = await _host.PostActivityAsync(Activity, token);

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task AnEntraTokenWithNoCallerAppIdIsRefusedWith401(EntraVersion version)
    {
        var response = await _host.PostActivityAsync(Activity, EntraToken(version, callerAppId: null));

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnEntraTokenWithNoVersionIsRefusedWith401()
    {
        var token = TestTokens.Create(_openId.Credentials("entra-key"), _connector.ServiceUrl,
            issuer: $"https://login.microsoftonline.com/{TestTokens.TenantId}/v2.0",
            claims: new Dictionary<string, object> { ["azp"] = TestTokens.CallerAppId, ["appid"] = TestTokens.CallerAppId });

        var response = await _host.PostActivityAsync(Activity, token);

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task AListedCallersEntraTokenWithoutServiceUrlIsRefusedWith401(EntraVersion version)
    {
        var response = await _host.PostActivityAsync(Activity, EntraToken(version, TestTokens.CallerAppId, withServiceUrl: false));

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task AListedCallersEntraTokenForAnotherServiceUrlIsRefusedWith401(EntraVersion version)
    {
        var token = TestTokens.CreateEntra(_openId.Credentials("entra-key"), "https://smba.trafficmanager.net/amer/", version, TestTokens.CallerAppId);

        var response = await _host.PostActivityAsync(Activity, token);

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Unauthorized);
    }

    /// <summary>Bot:TenantId alone (the usual single-tenant set-up) accepts the Bot Framework issuer only.</summary>
    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task WithNoEntraCallersConfiguredEveryEntraTokenIsRefusedWith401(EntraVersion version)
    {
        await using var host = await StartHostAsync();

        var response = await host.PostActivityAsync(Activity, EntraToken(version, TestTokens.CallerAppId));

        await AssertRefusedWithoutTraceAsync(response, HttpStatusCode.Unauthorized, host);
    }

    [Fact]
    public async Task TheFirstMessageSignedWithARolledKeyIsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(Activity, GoodToken())).StatusCode);
        var fetchesBefore = _openId.KeyFetches;
        _openId.AddKey("rolled-key", ["msteams"]);

        // The keys are fetched on the unknown id, and this very message waits for them.
        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(Activity, GoodToken("rolled-key"))).StatusCode);
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

    /// <summary>
    /// The refusal left no trace. The reference would be saved on the request path, so it is checked as soon as the
    /// answer is back. For turns and replies, a good message follows in the same conversation: a conversation's turns
    /// are handled and answered one after another, so when its answer arrives, anything the refused request had queued
    /// would already have been handled and answered before it.
    /// </summary>
    private async Task AssertRefusedWithoutTraceAsync(HttpResponseMessage response, HttpStatusCode expected, ChannelTestHost? host = null)
    {
        host ??= _host;
        Assert.Equal(expected, response.StatusCode);
        var references = host.App.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await references.FindByChannelUserIdAsync(UserId, CancellationToken.None));
        Assert.Null(await references.FindByUserObjectIdAsync(UserObjectId, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(ActivitySaying("after the refusal"), GoodToken())).StatusCode);

        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("echo: after the refusal", (string?)reply.Body?["text"]);
        Assert.Equal(["after the refusal"], host.Handler.Turns.Select(turn => turn.Text));
    }

    private sealed class FixedTokenProvider(string token) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}
