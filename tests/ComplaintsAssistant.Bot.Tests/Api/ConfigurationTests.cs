using System.Net;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The council's settings take effect, bad ones stop the host naming the key, and outside local
/// development mode the API needs a token.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task ADatedTimescaleFromConfigurationAppliesToEnquiriesReceivedAfterIt()
    {
        using var host = new ApiHost(new()
        {
            ["Council:Timescales:0:Kind"] = "MemberEnquiry",
            ["Council:Timescales:0:Key"] = "Stage1Response",
            ["Council:Timescales:0:EffectiveFrom"] = "2026-05-15",
            ["Council:Timescales:0:WorkingDays"] = "7",
        });
        var officer = host.As("dev-officer");
        static string Enquiry(string on) => $$"""
            { "kind": "memberEnquiry", "receivedOn": "{{on}}", "howReceived": "email", "team": "Fostering", "owner": "dev-manager",
              "member": { "type": "councillor", "name": "Cllr Example" } }
            """;

        var before = await (await officer.PostAsync("/api/cases", Json.Body(Enquiry("2026-05-14")))).ReadObjectAsync();
        var after = await (await officer.PostAsync("/api/cases", Json.Body(Enquiry("2026-05-15")))).ReadObjectAsync();

        Assert.Equal(10, (int?)before["deadline"]!["allowedWorkingDays"]);
        Assert.Equal(7, (int?)after["deadline"]!["allowedWorkingDays"]);
        Assert.Equal("2026-05-27", (string?)after["deadline"]!["dueOn"]); // Mon 25 May is the spring bank holiday
    }

    [Fact]
    public async Task TheCouncilsOwnTeamsReplaceTheDefaults()
    {
        using var host = new ApiHost(new() { ["Council:Teams:0"] = "Team North", ["Council:Teams:1"] = "Team South" });
        var council = await (await host.As("dev-officer").GetAsync("/api/council")).ReadObjectAsync();
        Assert.Equal(["Team North", "Team South"], council["teams"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void ATeamMappingToANameThatIsNotATeamStopsTheHostNamingTheKey()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new()
        {
            ["Council:Teams:0"] = "Locality East",
            ["Council:TeamMapping:Team East"] = "Locality Est",
        }).Dispose());
        Assert.Contains("Council:TeamMapping:Team East: 'Team East' leads to 'Locality Est', which is not one of the council's teams today", Innermost(failure).Message);
    }

    [Fact]
    public void ATimescaleOfZeroDaysStopsTheHostNamingTheKey()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new()
        {
            ["Council:Timescales:0:Kind"] = "MemberEnquiry",
            ["Council:Timescales:0:Key"] = "Stage1Response",
            ["Council:Timescales:0:EffectiveFrom"] = "2026-01-01",
            ["Council:Timescales:0:WorkingDays"] = "0",
        }).Dispose());
        Assert.Contains("Council:Timescales:MemberEnquiry:Stage1Response:2026-01-01", Innermost(failure).Message);
    }

    [Fact]
    public async Task AnEscalationWindowInCalendarDaysFromConfigurationDecidesWhatIsLate()
    {
        // "Within 28 days": a response on Fri 1 May 2026 may be escalated until Fri 29 May; 20 working days would run to Tue 2 Jun.
        using var host = new ApiHost(Timescale("CorporateComplaint", "EscalationWindow", ("CalendarDays", "28")));
        var officer = host.As("dev-officer");
        var id = await officer.LogAsync(Json.Complaint(receivedOn: "2026-04-20").Replace("statutoryComplaint", "corporateComplaint"));
        await officer.PostStepAsync(id, "response", Steps.Response("2026-05-01"));

        var late = await officer.PostStepAsync(id, "escalation", """{ "requestedOn": "2026-06-01" }""");

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        var problem = await late.ReadObjectAsync();
        Assert.Equal("outside-escalation-window", (string?)problem["rule"]);
        Assert.Contains("escalation window of 28 calendar days from the stage 1 response ended on 29 May 2026", (string?)problem["detail"]);
        var council = await (await officer.GetAsync("/api/council")).ReadObjectAsync();
        var window = council["timescales"]!.AsArray().Single(r => (string?)r!["kind"] == "corporateComplaint" && (string?)r["key"] == "escalationWindow"
            && (string?)r["effectiveFrom"] == "2026-04-01")!;
        Assert.Equal((28, "calendarDays"), ((int?)window["timescale"]!["length"], (string?)window["timescale"]!["unit"]));
    }

    [Theory]
    [InlineData("Stage1Response", "CalendarMonths", "1", "only the escalation window can be set in calendar days or months")]
    [InlineData("Acknowledgement", "CalendarDays", "5", "only the escalation window can be set in calendar days or months")]
    [InlineData("EscalationWindow", "CalendarMonths", "0", "must allow at least 1 calendar month")]
    public void ATimescaleInAUnitThatCannotApplyStopsTheHostNamingTheKey(string key, string unit, string length, string why)
    {
        var message = StartupFailure(Timescale("CorporateComplaint", key, (unit, length)));

        Assert.Contains($"Council:Timescales:CorporateComplaint:{key}:2026-04-01", message);
        Assert.Contains(why, message);
    }

    [Fact]
    public void ATimescaleWithTwoLengthsStopsTheHost()
    {
        Assert.Contains("Council:Timescales:CorporateComplaint:EscalationWindow:2026-04-01: give the length once, as workingDays, calendarDays or calendarMonths",
            StartupFailure(Timescale("CorporateComplaint", "EscalationWindow", ("WorkingDays", "20"), ("CalendarDays", "28"))));
    }

    [Fact]
    public void ATimescaleKeyTheHostDoesNotKnowStopsItRatherThanBeingIgnored()
    {
        // Read as 28 working days, this would quietly give complainants weeks more than the council meant.
        var failure = Assert.ThrowsAny<Exception>(() =>
            new ApiHost(Timescale("CorporateComplaint", "EscalationWindow", ("WorkingDays", "28"), ("Unit", "CalendarDays"))).Dispose());

        Assert.Contains("Configuration Council has a setting the host does not know", failure.ToString());
        Assert.Contains("'Unit'", Innermost(failure).Message);
    }

    /// <summary>One dated timescale in force from 1 April 2026, as a council writes it in configuration.</summary>
    private static Dictionary<string, string?> Timescale(string kind, string key, params (string Name, string Value)[] settings)
    {
        var council = new Dictionary<string, string?>
        {
            ["Council:Timescales:0:Kind"] = kind,
            ["Council:Timescales:0:Key"] = key,
            ["Council:Timescales:0:EffectiveFrom"] = "2026-04-01",
        };
        foreach (var (name, value) in settings) council[$"Council:Timescales:0:{name}"] = value;
        return council;
    }

    private static string StartupFailure(Dictionary<string, string?> settings) =>
        Innermost(Assert.ThrowsAny<Exception>(() => new ApiHost(settings).Dispose())).Message;

    [Fact]
    public void ABotIdentityWithoutAnApiIdentityStopsTheHost()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new() { ["Bot:AppId"] = "00000000-0000-0000-0000-000000000001", ["Bot:AppPassword"] = "x" }).Dispose());
        Assert.Contains("Entra:TenantId", Innermost(failure).Message);
    }

    [Fact]
    public void AnApiIdentityWithoutABotIdentityStopsTheHost()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(new()
        {
            ["Entra:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["Entra:ClientId"] = "22222222-2222-2222-2222-222222222222",
        }).Dispose());
        Assert.Contains("Bot:AppId", Innermost(failure).Message);
    }

    [Fact]
    public async Task WithAnIdentityConfiguredTheApiRefusesCallsWithoutAToken()
    {
        using var host = new ApiHost(new()
        {
            ["Entra:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["Entra:ClientId"] = "22222222-2222-2222-2222-222222222222",
            ["Bot:AppId"] = "33333333-3333-3333-3333-333333333333",
            ["Bot:AppPassword"] = "not-a-real-secret",
        });
        var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/cases", Json.Body(Json.Complaint()))).StatusCode);
        // A persona header is no identity outside local development.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.As("dev-officer").GetAsync("/api/cases")).StatusCode);
    }

    /// <summary>Identity for the API and the bot, as a council's deployment has it.</summary>
    private static Dictionary<string, string?> ADeployment(string environment) => new()
    {
        ["environment"] = environment,
        ["Entra:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["Entra:ClientId"] = "22222222-2222-2222-2222-222222222222",
        ["Bot:AppId"] = "33333333-3333-3333-3333-333333333333",
        ["Bot:AppPassword"] = "not-a-real-secret",
        ["Bot:TenantId"] = "11111111-1111-1111-1111-111111111111",
    };

    [Theory]
    [InlineData("Production", "Bot:Auth:RequireHttpsMetadata", "false")]
    [InlineData("Production", "Bot:Connector:AllowLoopbackHttp", "true")]
    [InlineData("Staging", "Bot:Auth:RequireHttpsMetadata", "false")]
    [InlineData("Staging", "Bot:Connector:AllowLoopbackHttp", "true")]
    public void ASettingMeantForTestsStopsADeployedHostNamingTheKey(string environment, string key, string value)
    {
        var settings = ADeployment(environment);
        settings[key] = value;

        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(settings).Dispose());

        Assert.Contains(key, Innermost(failure).Message);
    }

    [Fact]
    public async Task ADeployedHostWithoutTheTestSettingsStarts()
    {
        using var host = new ApiHost(ADeployment("Production"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task TheTestSettingsAreHonouredInTheDevelopmentEnvironmentTheTestHostsUse()
    {
        var settings = ADeployment("Development");
        settings["Bot:Auth:RequireHttpsMetadata"] = "false";
        settings["Bot:Connector:AllowLoopbackHttp"] = "true";
        using var host = new ApiHost(settings);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public void AnEntraCallerThatIsNotAnAppIdStopsTheHostNamingTheKey()
    {
        var settings = ADeployment("Production");
        settings["Bot:Auth:EntraCallerAppIds:0"] = "the-relay-app";

        var failure = Assert.ThrowsAny<Exception>(() => new ApiHost(settings).Dispose());

        Assert.Contains("Bot:Auth:EntraCallerAppIds", Innermost(failure).Message);
    }

    [Fact]
    public void EntraCallersWithoutTheBotsTenantStopTheHostNamingBothKeys()
    {
        var settings = ADeployment("Production");
        settings.Remove("Bot:TenantId");
        settings["Bot:Auth:EntraCallerAppIds:0"] = "44444444-4444-4444-4444-444444444444";

        var message = Innermost(Assert.ThrowsAny<Exception>(() => new ApiHost(settings).Dispose())).Message;

        Assert.Contains("Bot:Auth:EntraCallerAppIds", message);
        Assert.Contains("Bot:TenantId", message);
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
