using ComplaintsAssistant.Bot.Tests.Api;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>The digest, Snooze and managers settings: a bad one stops the host at start-up naming its key.</summary>
public sealed class PromptSettingsTests
{
    [Theory]
    [InlineData("Prompts:Managers", "Graph")]              // Graph needs the bot's app registration, which local development has none of
    [InlineData("Prompts:Managers", "Sideways")]
    [InlineData("Prompts:ManagersCacheFor", "00:00:00")]
    [InlineData("Prompts:SnoozeMaxWorkingDays", "0")]
    [InlineData("Prompts:DigestDay", "Someday")]
    public void A_bad_setting_stops_the_host_naming_its_key(string key, string value)
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new() { [key] = value }).Dispose());

        Assert.Contains(key, AllMessages(failure));
    }

    [Fact]
    public void Managers_from_configuration_and_a_digest_on_Thursday_start()
    {
        using var host = new ApiHost(new() { ["Prompts:Managers"] = "Configuration", ["Prompts:DigestDay"] = "Thursday", ["Prompts:SnoozeMaxWorkingDays"] = "3" });
        Assert.NotNull(host.Services);
    }

    private static string AllMessages(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} {AllMessages(e.InnerException)}";
}
