using System.Net;
using System.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A complaint taken through its stages over HTTP, with versions, refusals and permissions.</summary>
public sealed class WorkflowTests : IDisposable
{
    private readonly ApiHost _host = new();

    private async Task<string> LogAsync(HttpClient client, string? body = null) =>
        (string)(await (await client.PostAsync("/api/cases", Json.Body(body ?? Json.Complaint()))).ReadObjectAsync())["case"]!["id"]!;

    [Fact]
    public async Task AComplaintGoesFromStage1ToStage2WithOutcomesPerConcern()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var responded = await officer.StepAsync(id, "response", """
            { "respondedOn": "2026-05-14", "outcome": "partiallyUpheld", "resolutions": ["apology", "explanationGiven"],
              "concernOutcomes": [ { "concernNumber": 1, "outcome": "upheld" }, { "concernNumber": 2, "outcome": "upheld" }, { "concernNumber": 3, "outcome": "notUpheld" } ] }
            """);
        var escalated = await officer.StepAsync(id, "escalation", """{ "requestedOn": "2026-05-20" }""");
        var opened = await officer.StepAsync(id, "next-stage", """
            { "owner": "dev-manager", "openedOn": "2026-05-21", "independentPerson": "An Independent Person" }
            """);

        Assert.Equal(HttpStatusCode.OK, responded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, escalated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var view = await opened.ReadObjectAsync();
        var stages = view["case"]!["stages"]!.AsArray();
        Assert.Equal(2, stages.Count);
        Assert.Equal("notUpheld", (string?)stages[0]!["concernOutcomes"]![2]!["outcome"]);
        Assert.Equal(true, (bool?)view["stageTimes"]![0]!["onTime"]);
        // Stage 2: 25 working days from the request (Wed 20 May; Mon 25 May is a bank holiday).
        Assert.Equal("2026-06-25", (string?)view["deadline"]!["dueOn"]);
    }

    [Fact]
    public async Task ALateEscalationIsRefusedWithoutAReasonAndAcceptedWithOneAndAWarning()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer, Json.Complaint(receivedOn: "2026-03-02"));
        await officer.StepAsync(id, "response", $$"""{ "respondedOn": "2026-03-12", "outcome": "notUpheld", "resolutions": ["explanationGiven"], {{Json.ConcernOutcomes}} }""");

        var refused = await officer.StepAsync(id, "escalation", """{ "requestedOn": "2026-05-01" }""");
        var accepted = await officer.StepAsync(id, "escalation", """{ "requestedOn": "2026-05-01", "lateReason": "Complainant was in hospital" }""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("outside-escalation-window", (string?)(await refused.ReadObjectAsync())["rule"]);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("outside the escalation window", (string?)(await accepted.ReadObjectAsync())["warnings"]![0]);
    }

    [Fact]
    public async Task AnExtensionBeyondTheStatutoryMaximumIsRefusedAndWithinItMovesTheDueDate()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var tooLong = await officer.StepAsync(id, "extension", """
            { "totalWorkingDays": 21, "ground": "complex", "reason": "Several teams involved", "agreedWithComplainant": true, "agreedOn": "2026-05-12" }
            """);
        var extended = await officer.StepAsync(id, "extension", """
            { "totalWorkingDays": 20, "ground": "complex", "reason": "Several teams involved", "agreedWithComplainant": true, "agreedOn": "2026-05-12" }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("beyond-statutory-maximum", (string?)(await tooLong.ReadObjectAsync())["rule"]);
        var view = await extended.ReadObjectAsync();
        Assert.Equal("2026-06-02", (string?)view["deadline"]!["dueOn"]);
        Assert.Equal("2026-05-18", (string?)view["deadline"]!["unextendedDueOn"]);
    }

    [Fact]
    public async Task AStepTheWorkflowDoesNotAllowNowIsAConflictSayingWhy()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);
        await officer.StepAsync(id, "withdrawal", """{ "withdrawnOn": "2026-05-05", "reason": "Resolved informally" }""");

        var response = await officer.StepAsync(id, "response", $$"""{ "respondedOn": "2026-05-14", "outcome": "upheld", "resolutions": ["apology"], {{Json.ConcernOutcomes}} }""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("response-not-allowed", (string?)problem["rule"]);
        Assert.Contains("is withdrawn", (string?)problem["detail"]);
    }

    [Fact]
    public async Task AChangeQuotingAStaleVersionIsRefusedAndLosesNothing()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);
        await officer.StepAsync(id, "reassignment", """{ "owner": "dev-social-worker" }""");

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/reassignment") { Content = Json.Body("""{ "owner": "dev-officer" }""") };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await officer.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var after = await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync();
        Assert.Equal("dev-social-worker", (string?)after["case"]!["stages"]![0]!["owner"]);
        Assert.Equal("2", (string?)after["version"]);
    }

    [Fact]
    public async Task AChangeQuotingTheCurrentVersionSucceeds()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/acknowledgement") { Content = Json.Body("""{ "acknowledgedOn": "2026-05-05" }""") };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task TheETagReadIsAValidEntityTagAndTheSameStringInIfMatchChangesTheCase() =>
        await ETagRoundTrip.AssertAsync(_host.As("dev-officer"));

    [Fact]
    public async Task AnIfMatchThatIsNoEntityTagIsRefusedNamingIt()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/reassignment") { Content = Json.Body("""{ "owner": "dev-social-worker" }""") };
        request.Headers.TryAddWithoutValidation("If-Match", "1"); // the version without its quotes
        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(("If-Match", "if-match-not-an-entity-tag"), ((string?)problem["field"], (string?)problem["rule"]));
        Assert.Equal("dev-manager", (string?)(await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync())["case"]!["stages"]![0]!["owner"]);
    }

    [Fact]
    public async Task ASocialWorkerSeesOnlyTheirTeamsCasesAndCannotExtend()
    {
        var officer = _host.As("dev-officer");
        var fostering = await LogAsync(officer, Json.Complaint(team: "Fostering"));
        var care = await LogAsync(officer, Json.Complaint(team: "Children in Care"));
        var worker = _host.As("dev-social-worker");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/cases/{fostering}")).StatusCode);
        var listed = await (await worker.GetAsync("/api/cases")).ReadArrayAsync();
        Assert.Equal([care], listed.Select(c => (string)c!["id"]!));
        var extend = await worker.StepAsync(care, "extension", """
            { "totalWorkingDays": 20, "ground": "complex", "reason": "Several teams", "agreedWithComplainant": true, "agreedOn": "2026-05-12" }
            """);
        Assert.Equal(HttpStatusCode.Forbidden, extend.StatusCode);
    }

    [Fact]
    public async Task LearningActionsAreRecordedOnACaseAndListedAcrossCases()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var added = await officer.StepAsync(id, "learning-actions", """
            { "issue": "Calls not returned", "lesson": "Return calls within 2 working days", "action": "Duty rota for calls",
              "department": "Children in Care", "owner": "dev-manager", "targetDate": "2026-09-01" }
            """);
        var completed = await officer.StepAsync(id, "learning-actions/1", """{ "status": "completed", "reviewNote": "Rota in place" }""");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Empty(await (await officer.GetAsync("/api/learning-actions")).ReadArrayAsync());
        var all = await (await officer.GetAsync("/api/learning-actions?open=false")).ReadArrayAsync();
        Assert.Equal("Rota in place", (string?)Assert.Single(all)!["action"]!["reviewNote"]);
    }

    [Fact]
    public async Task MyCasesListsWhatTheCallerOwnsSoonestFirst()
    {
        var officer = _host.As("dev-officer");
        var later = await LogAsync(officer, Json.Complaint(receivedOn: "2026-05-20"));
        var sooner = await LogAsync(officer, Json.Complaint(receivedOn: "2026-05-01"));
        await LogAsync(officer, Json.Complaint(owner: "dev-social-worker"));

        var mine = await (await _host.As("dev-manager").GetAsync("/api/cases?owner=me&open=true")).ReadArrayAsync();

        Assert.Equal([sooner, later], mine.Select(c => (string)c!["id"]!));
    }

    [Theory]
    [InlineData("acknowledgement", """{ "acknowledgedOn": "2026-05-05" }""")]
    [InlineData("reassignment", """{ "owner": "dev-social-worker" }""")]
    [InlineData("withdrawal", """{ "withdrawnOn": "2026-05-05", "reason": "Resolved informally" }""")]
    [InlineData("learning-actions/1", """{ "status": "completed", "reviewNote": "Rota in place" }""")]
    public async Task AStepWithoutIfMatchIsRefusedAsPreconditionRequiredAndChangesNothing(string step, string body)
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var response = await officer.PostAsync($"/api/cases/{id}/{step}", Json.Body(body));

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(("If-Match", "if-match-required"), ((string?)problem["field"], (string?)problem["rule"]));
        Assert.StartsWith($"Read the case first (GET /api/cases/{id}) and send its ETag in If-Match", (string?)problem["detail"]);
        Assert.Equal("\"1\"", (await officer.GetAsync($"/api/cases/{id}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task IfMatchStarIsNotAReadOfTheCase()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/acknowledgement") { Content = Json.Body("""{ "acknowledgedOn": "2026-05-05" }""") };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await officer.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task ACreateNeedsNoIfMatch()
    {
        Assert.Equal(HttpStatusCode.Created, (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()))).StatusCode);
    }

    [Fact]
    public async Task AResponseLeavingAConcernWithoutAnOutcomeIsRefusedNamingTheConcerns()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer);

        var response = await officer.StepAsync(id, "response", """
            { "respondedOn": "2026-05-14", "outcome": "upheld", "resolutions": ["apology"], "concernOutcomes": [ { "concernNumber": 2, "outcome": "upheld" } ] }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(("concernOutcomes", "outcome-for-every-concern"), ((string?)problem["field"], (string?)problem["rule"]));
        Assert.Equal("Give an outcome for every concern: concern 1 (Lack of communication) and concern 3 (Unhappy with assessment) have none yet.",
            (string?)problem["detail"]);
        Assert.Equal("inProgress", (string?)(await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync())["case"]!["status"]);
    }

    [Fact]
    public async Task AReassignmentMustGoToSomeoneWhoCanOwnTheTeamsCases()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer, Json.Complaint(team: "Fostering"));

        var nobody = await officer.StepAsync(id, "reassignment", """{ "owner": "nobody" }""");
        var otherTeam = await officer.StepAsync(id, "reassignment", """{ "owner": "dev-social-worker" }""");

        var problem = await nobody.ReadObjectAsync();
        Assert.Equal((400, "owner", "unknown-owner"), ((int)nobody.StatusCode, (string?)problem["field"], (string?)problem["rule"]));
        Assert.Equal("'nobody' is not someone set up in Complaints Assistant, so nobody would answer the case. " +
            "Cases of Fostering can be owned by Alex Complaints Officer or Morgan Team Manager.", (string?)problem["detail"]);
        Assert.Equal("owner-not-in-team", (string?)(await otherTeam.ReadObjectAsync())["rule"]);
        Assert.Equal("dev-manager", (string?)(await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync())["case"]!["stages"]![0]!["owner"]);
    }

    [Fact]
    public async Task TheNextStagesOwnerMustBeSomeoneSetUpButMayComeFromAnotherTeam()
    {
        var officer = _host.As("dev-officer");
        var id = await LogAsync(officer, Json.Complaint(team: "Fostering"));
        await officer.StepAsync(id, "response", $$"""{ "respondedOn": "2026-05-14", "outcome": "notUpheld", "resolutions": ["explanationGiven"], {{Json.ConcernOutcomes}} }""");
        await officer.StepAsync(id, "escalation", """{ "requestedOn": "2026-05-20" }""");

        var nobody = await officer.StepAsync(id, "next-stage", """{ "owner": "nobody", "openedOn": "2026-05-21", "independentPerson": "An Independent Person" }""");
        // Sam works in Children in Care, not Fostering: a stage 2 investigation is independent of the service.
        var sam = await officer.StepAsync(id, "next-stage", """{ "owner": "dev-social-worker", "openedOn": "2026-05-21", "independentPerson": "An Independent Person" }""");

        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Equal("unknown-owner", (string?)(await nobody.ReadObjectAsync())["rule"]);
        Assert.Equal(HttpStatusCode.OK, sam.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
