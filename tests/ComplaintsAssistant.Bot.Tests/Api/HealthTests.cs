using System.Net;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The probes a hosting platform calls, on the default SQLite store.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")] // kept, as live, for probes set up before the split
    public async Task EachProbeAnswersOkWhenTheStoreIsThere(string path)
    {
        var response = await _host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (string?)(await response.ReadObjectAsync())["status"]);
        Assert.True(response.Headers.CacheControl?.NoStore == true || response.Headers.CacheControl?.NoCache == true, "never cached");
    }

    public void Dispose() => _host.Dispose();
}
