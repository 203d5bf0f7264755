using System.Net;
using ComplaintsAssistant.Bot.Tests.Api;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

/// <summary>No mailbox configured, nothing is read; a bad mailbox setting stops the host at start-up naming its key.</summary>
public sealed class MailboxSettingsTests
{
    [Theory]
    [InlineData("Mailbox:PollInterval", "00:00:00")]
    [InlineData("Mailbox:PageSize", "0")]
    [InlineData("Mailbox:PageSize", "5000")]
    public void A_bad_setting_stops_the_host_naming_its_key(string key, string value)
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new() { ["Mailbox:Address"] = "complaints@thornbury.gov.uk", [key] = value }).Dispose());

        Assert.Contains(key, AllMessages(failure));
    }

    [Fact]
    public void A_mailbox_without_the_apps_registration_to_read_it_with_stops_the_host()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new() { ["Mailbox:Address"] = "complaints@thornbury.gov.uk" }).Dispose());

        Assert.Contains("Mailbox:Address is set, and the mailbox is read through Microsoft Graph with the bot's app registration", AllMessages(failure));
    }

    [Fact]
    public async Task With_no_mailbox_configured_nothing_is_read()
    {
        using var host = new ApiHost();

        var poll = await host.CreateClient().PostAsync("dev/mailbox/poll", null);

        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
    }

    private static string AllMessages(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} {AllMessages(e.InnerException)}";
}
