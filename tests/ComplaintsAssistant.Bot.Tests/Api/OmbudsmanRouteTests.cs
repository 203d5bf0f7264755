using System.Net;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>At the end of the council's procedure a request to escalate gets the way to the Ombudsman, not "closed".</summary>
public sealed class OmbudsmanRouteTests : IDisposable
{
    private readonly ApiHost _host = new();

    public OmbudsmanRouteTests() => _host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EscalatingACorporateComplaintAfterItsStage2ResponseIsAConflictNamingTheOmbudsman()
    {
        var officer = _host.As("dev-officer");
        var id = await officer.LogAsync(Json.Complaint().Replace("statutoryComplaint", "corporateComplaint"));
        await officer.PostStepAsync(id, "response", Steps.Response("2026-05-14"));
        await officer.PostStepAsync(id, "escalation", """{ "requestedOn": "2026-05-20" }""");
        await officer.PostStepAsync(id, "next-stage", """{ "owner": "dev-officer", "openedOn": "2026-05-21" }""");
        var answered = await officer.PostStepAsync(id, "response", Steps.Response("2026-06-05"));
        Assert.Equal("closed", (string?)(await answered.ReadObjectAsync())["case"]!["status"]);

        var escalation = await _host.As("dev-social-worker").PostStepAsync(id, "escalation", """{ "requestedOn": "2026-06-08" }""");

        Assert.Equal(HttpStatusCode.Conflict, escalation.StatusCode);
        var problem = await escalation.ReadObjectAsync();
        Assert.Equal("ombudsman-route", (string?)problem["rule"]);
        Assert.Equal("The stage 2 response was sent on 5 June 2026, so CP-2026-0001 has reached the end of the council's complaints procedure and can't be escalated. " +
            "If the complainant is still unhappy, they can ask the Local Government and Social Care Ombudsman (LGSCO) to look at it: https://www.lgo.org.uk or 0300 061 0614.",
            (string?)problem["detail"]);
    }

    public void Dispose() => _host.Dispose();
}
