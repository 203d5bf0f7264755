using System.Net;
using ComplaintsAssistant.Bot.Tests.Api;

namespace ComplaintsAssistant.Bot.Tests.Intake;

/// <summary>What the Outlook pane learns before it calls the API: in a deployment, the registration and scope nested app
/// authentication asks a token for (and no sample emails); in local development mode, no sign-in and the samples.</summary>
public sealed class AddinSetupTests
{
    [Fact]
    public async Task ADeployedHostTellsThePaneWhichScopeToAskForAndServesNoSamples()
    {
        using var host = new ApiHost(new()
        {
            ["Entra:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["Entra:ClientId"] = "22222222-2222-2222-2222-222222222222",
            ["Bot:AppId"] = "33333333-3333-3333-3333-333333333333",
            ["Bot:AppPassword"] = "not-a-real-secret",
        });
        var anonymous = host.CreateClient();

        var config = await (await anonymous.GetAsync("/addin/config.json")).ReadObjectAsync();

        Assert.False((bool)config["localDevelopment"]!);
        Assert.Equal("22222222-2222-2222-2222-222222222222", (string?)config["clientId"]);
        Assert.Equal("https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111", (string?)config["authority"]);
        Assert.Equal("api://22222222-2222-2222-2222-222222222222/access_as_user", (string?)config["scope"]);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/addin/samples")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/addin/samples/compliment")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/addin/lib/msal-browser.min.js")).StatusCode);
    }

    [Fact]
    public async Task InLocalDevelopmentModeThePaneNeedsNoSignInAndCanTrySamplesByNameOnly()
    {
        using var host = new ApiHost();
        var client = host.CreateClient();

        Assert.True((bool)(await (await client.GetAsync("/addin/config.json")).ReadObjectAsync())["localDevelopment"]!);
        var names = (await (await client.GetAsync("/addin/samples")).ReadArrayAsync()).Select(n => (string)n!).ToArray();
        Assert.Contains("forwarded-complaint", names);
        var sample = await client.GetAsync("/addin/samples/forwarded-complaint");
        Assert.Equal("message/rfc822", sample.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/addin/samples/..%2Fappsettings")).StatusCode);
    }

    [Fact]
    public async Task TheOwnerPickerListsPeopleByName()
    {
        using var host = new ApiHost();

        var owners = await (await host.As("dev-officer").GetAsync("/api/owners")).ReadArrayAsync();

        Assert.Contains(owners, o => (string?)o!["id"] == "dev-manager" && (string?)o["name"] == "Morgan Team Manager");
    }
}
