using System.Net;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A council that counts stage 2 from the agreed statement of complaint: only the stage 2 owner (or the
/// complaints team) records the agreement, once; agreeing it again is the complaints team's, with a reason.</summary>
public sealed class AgreedStatementTests : IDisposable
{
    private readonly ApiHost _host = new(new()
    {
        ["Council:Timescales:0:Kind"] = "StatutoryComplaint",
        ["Council:Timescales:0:Key"] = "Stage2Response",
        ["Council:Timescales:0:EffectiveFrom"] = "2000-01-01",
        ["Council:Timescales:0:WorkingDays"] = "25",
        ["Council:Timescales:0:MaxWorkingDays"] = "65",
        ["Council:Timescales:0:Basis"] = "AgreedStatement",
    });

    public AgreedStatementTests() => _host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Stage 2 asked for on Wed 20 May 2026, opened the next day with dev-manager investigating.</summary>
    private async Task<string> AtStage2Async()
    {
        var officer = _host.As("dev-officer");
        var id = await officer.LogAsync(Json.Complaint());
        Assert.Equal(HttpStatusCode.OK, (await officer.PostStepAsync(id, "response", Steps.Response("2026-05-14"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostStepAsync(id, "escalation", """{ "requestedOn": "2026-05-20" }""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostStepAsync(id, "next-stage",
            """{ "owner": "dev-manager", "openedOn": "2026-05-21", "independentPerson": "An Independent Person" }""")).StatusCode);
        return id;
    }

    [Fact]
    public async Task OnlyTheStage2OwnerAgreesTheStatementAndOnlyOnce()
    {
        var id = await AtStage2Async();

        var bySocialWorker = await _host.As("dev-social-worker").PostStepAsync(id, "statement-agreed", """{ "agreedOn": "2026-05-28" }""");
        var byOwner = await _host.As("dev-manager").PostStepAsync(id, "statement-agreed", """{ "agreedOn": "2026-05-28" }""");
        var again = await _host.As("dev-manager").PostStepAsync(id, "statement-agreed", """{ "agreedOn": "2026-06-04" }""");

        Assert.Equal(HttpStatusCode.Forbidden, bySocialWorker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        var agreed = await byOwner.ReadObjectAsync();
        Assert.Equal("2026-07-02", (string?)agreed["deadline"]!["dueOn"]); // 25 working days from Thu 28 May
        Assert.Equal("2026-05-28", (string?)agreed["case"]!["stages"]![1]!["statementAgreedOn"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ReadObjectAsync();
        Assert.Equal("statement-already-agreed", (string?)problem["rule"]);
        Assert.Contains("agreed on 28 May 2026", (string?)problem["detail"]);
        var after = await (await _host.As("dev-officer").GetAsync($"/api/cases/{id}")).ReadObjectAsync();
        Assert.Equal("2026-07-02", (string?)after["deadline"]!["dueOn"]);
    }

    [Fact]
    public async Task TheComplaintsTeamRecordsAReagreementWithTheReasonInTheAudit()
    {
        var id = await AtStage2Async();
        await _host.As("dev-manager").PostStepAsync(id, "statement-agreed", """{ "agreedOn": "2026-05-28" }""");
        const string again = """{ "agreedOn": "2026-06-04", "reagreementReason": "Two further concerns agreed at a meeting" }""";

        var byOwner = await _host.As("dev-manager").PostStepAsync(id, "statement-agreed", again);
        var byOfficer = await _host.As("dev-officer").PostStepAsync(id, "statement-agreed", again);

        Assert.Equal(HttpStatusCode.Forbidden, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOfficer.StatusCode);
        var view = await byOfficer.ReadObjectAsync();
        Assert.Equal("2026-07-09", (string?)view["deadline"]!["dueOn"]); // 25 working days from Thu 4 Jun
        var audit = view["case"]!["audit"]!.AsArray();
        Assert.Equal(("dev-officer", "statement-reagreed"), ((string?)audit[^1]!["actorId"], (string?)audit[^1]!["action"]));
        Assert.Contains("replacing 2026-05-28: Two further concerns agreed at a meeting", (string?)audit[^1]!["detail"]);
    }

    public void Dispose() => _host.Dispose();
}
