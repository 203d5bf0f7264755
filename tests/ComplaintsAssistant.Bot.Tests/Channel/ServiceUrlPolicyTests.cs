using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Connector;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Tests.Channel;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(bool development = false, params string[] suffixes) => new(Options.Create(new ChannelOptions
    {
        AppId = development ? null : "app",
        Connector = new ConnectorOptions { TrustedHostSuffixes = [.. suffixes] },
    }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/11111111-2222-3333-4444-555555555555", "https://smba.trafficmanager.net/amer/11111111-2222-3333-4444-555555555555/")]
    [InlineData("https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.trafficmanager.net/apac/", "https://smba.trafficmanager.net/apac/")]
    [InlineData("https://canary.botapi.skype.com/amer/", "https://canary.botapi.skype.com/amer/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", "https://smba.infra.gcc.teams.microsoft.com/teams/")]
    public void TeamsHostsAreTrustedByDefaultWithATrailingSlash(string serviceUrl, string expected)
    {
        Assert.True(Policy().TryGetBaseUri(serviceUrl, out var baseUri));
        Assert.Equal(expected, baseUri.ToString());
    }

    [Theory]
    [InlineData("https://trafficmanager.net/")]
    [InlineData("https://other.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public void OtherUrlsAreNotTrusted(string serviceUrl) =>
        Assert.False(Policy().TryGetBaseUri(serviceUrl, out _));

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void LoopbackHttpIsTrustedInDevelopmentMode(string serviceUrl) =>
        Assert.True(Policy(development: true).TryGetBaseUri(serviceUrl, out _));

    [Fact]
    public void ConfiguredSuffixesReplaceTheDefaults()
    {
        var policy = Policy(false, "connector.example.org");

        Assert.True(policy.TryGetBaseUri("https://eu.connector.example.org/x/", out _));
        Assert.False(policy.TryGetBaseUri("https://smba.trafficmanager.net/amer/", out _));
    }
}
