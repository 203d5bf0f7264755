namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A council sets its retention schedule in configuration; the API shows it in words; a line that can't be read
/// stops the host naming the key, because a schedule silently ignored would destroy records too early or never.</summary>
public sealed class RetentionScheduleTests
{
    [Fact]
    public async Task WithoutSettingsTheDefaultScheduleApplies()
    {
        using var host = new ApiHost();

        var schedule = await (await host.As("dev-social-worker").GetAsync("/api/council/retention")).ReadObjectAsync();

        Assert.Equal(30, (int?)schedule["noticeDays"]);
        Assert.Equal("6 years", (string?)schedule["accessLogKeep"]);
        var lines = schedule["classes"]!.AsArray().Select(c => (string?)c!["inWords"]).ToArray();
        Assert.Contains("statutory complaints: closure + 6 years", lines);
        Assert.Contains("compliments: the date received + 2 years", lines);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task TheCouncilsLinesReplaceTheDefaultsForTheirClasses()
    {
        using var host = new ApiHost(new()
        {
            ["Retention:Classes:StatutoryComplaint:Keep"] = "75 years",
            ["Retention:Classes:Compliment:Keep"] = "18 months",
            ["Retention:Classes:Compliment:From"] = "LastAction",
            ["Retention:NoticeDays"] = "60",
            ["Retention:AccessLogKeep"] = "2 years",
        });

        var schedule = await (await host.As("dev-officer").GetAsync("/api/council/retention")).ReadObjectAsync();

        Assert.Equal(60, (int?)schedule["noticeDays"]);
        Assert.Equal("2 years", (string?)schedule["accessLogKeep"]);
        var lines = schedule["classes"]!.AsArray().ToDictionary(c => (string)c!["class"]!, c => (string?)c!["inWords"]);
        Assert.Equal("statutory complaints: closure + 75 years", lines["statutoryComplaint"]);
        Assert.Equal("compliments: the last action + 1 year and 6 months", lines["compliment"]);
        Assert.Equal("corporate complaints: closure + 6 years", lines["corporateComplaint"]);
    }

    [Theory]
    [InlineData("Retention:Classes:StatutoryComplaint:Keep", "six years", "Retention:Classes:StatutoryComplaint:Keep")]
    [InlineData("Retention:NoticeDays", "0", "Retention:NoticeDays")]
    [InlineData("Retention:AccessLogKeep", "forever", "Retention:AccessLogKeep")]
    [InlineData("Retention:Classes:Compliment:Kept", "2 years", "Kept")]
    [InlineData("Retention:Classes:Complaints:Keep", "2 years", "Complaints")]
    public void ASettingThatCantBeReadStopsTheHostNamingIt(string key, string value, string named)
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new() { [key] = value }).Dispose());

        Assert.Contains(named, Innermost(failure).Message);
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
