using ComplaintsAssistant.Bot.Tests.Api;

namespace ComplaintsAssistant.Bot.Tests.Intake;

/// <summary>Intake settings that would misread every email stop the host at start-up, naming the key.</summary>
public sealed class IntakeSettingsTests
{
    [Theory]
    [InlineData("Intake:OwnDomains:0", "complaints@thornbury.gov.uk", "Intake:OwnDomains:0")]
    [InlineData("Intake:OwnDomains:0", "https://thornbury.gov.uk", "Intake:OwnDomains:0")]
    [InlineData("Intake:Councillors:0:Emails:0", "priya.shah", "Intake:Councillors:0:Emails:0")]
    [InlineData("Intake:ComplaintsMailbox", "complaints", "Intake:ComplaintsMailbox")]
    [InlineData("Intake:OwnDomian:0", "thornbury.gov.uk", "OwnDomian")]
    public void ASettingThatCantWorkStopsTheHostNamingIt(string key, string value, string named)
    {
        var settings = Emails.Council();
        settings[key] = value;

        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(settings).Dispose());

        Assert.Contains(named, failure.ToString());
    }

    [Fact]
    public void ACouncillorWithoutANameStopsTheHost()
    {
        var settings = Emails.Council();
        settings["Intake:Councillors:1:Emails:0"] = "derek.moss@example.com";

        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(settings).Dispose());

        Assert.Contains("Intake:Councillors:1:Name", failure.ToString());
    }
}
