using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Store.Tests.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The officers' side of disposal over real HTTP on the real host, on each store: a case within its notice is listed,
/// an officer approves it, the job destroys it once due and leaves a record; a held case can't be approved; only officers may.</summary>
public abstract class DisposalApiTests : IDisposable
{
    private readonly ApiHost _host;

    /// <param name="store">The store's settings (none: the default SQLite file).</param>
    protected DisposalApiTests(Dictionary<string, string?> store)
    {
        // A month after the last action, so a case logged now is on notice at once (30 days' notice) and due in a month.
        store["Retention:Classes:StatutoryComplaint:Keep"] = "1 month";
        store["Retention:Classes:StatutoryComplaint:From"] = "LastAction";
        _host = new ApiHost(store);
    }

    private async Task<string> LogAsync() =>
        (string)(await (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync())["case"]!["id"]!;

    private Task<DisposalRunResult> RunJobAsync() => ActivatorUtilities.CreateInstance<DisposalRun>(_host.Services).RunAsync();

    [Fact]
    public async Task AnApprovedCaseIsDestroyedWhenDueAndLeavesARecordNamingWhoApproved()
    {
        var id = await LogAsync();
        await RunJobAsync();

        var listed = Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/disposals")).ReadArrayAsync());
        Assert.Equal((id, "onNotice", "2026-07-01"), ((string?)listed!["caseId"], (string?)listed["state"], (string?)listed["disposeOn"]));
        var approved = await _host.As("dev-officer").PostAsync($"/api/disposals/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("dev-officer", (string?)(await approved.ReadArrayAsync())[0]!["approval"]!["by"]);
        Assert.Equal(HttpStatusCode.Conflict, (await _host.As("dev-officer").PostAsync($"/api/disposals/{id}/approve", null)).StatusCode);

        _host.Time.Advance(TimeSpan.FromDays(31));
        await RunJobAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _host.As("dev-officer").GetAsync($"/api/cases/{id}")).StatusCode);
        var record = Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/disposals/records")).ReadArrayAsync());
        Assert.Equal(("statutoryComplaint", "2026-07-02", "dev-officer"), ((string?)record!["class"], (string?)record["disposedOn"], (string?)record["approvedBy"]));
        Assert.Empty(await (await _host.As("dev-officer").GetAsync("/api/disposals")).ReadArrayAsync());
    }

    [Fact]
    public async Task AHeldCaseIsListedWithWhyAndCantBeApproved()
    {
        var id = await LogAsync();
        Assert.Equal(HttpStatusCode.Created, (await _host.As("dev-officer").PostAsync("/api/holds",
            Json.Body(new { scope = "Case", target = id, reason = "Police investigation" }))).StatusCode);
        await RunJobAsync();

        var listed = Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/disposals")).ReadArrayAsync());
        Assert.Equal(("held", "Held: Police investigation"), ((string?)listed!["state"], (string?)listed["heldBecause"]![0]));
        var refused = await _host.As("dev-officer").PostAsync("/api/disposals/approve", Json.Body(new { cases = new[] { id } }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("legal-hold", (string?)(await refused.ReadObjectAsync())["rule"]);

        _host.Time.Advance(TimeSpan.FromDays(60));
        await RunJobAsync();
        Assert.Equal(HttpStatusCode.OK, (await _host.As("dev-officer").GetAsync($"/api/cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task ACaseNotOnTheListOrNoCasesIsAProblemNamingCases()
    {
        foreach (var body in new object[] { new { cases = new[] { Guid.NewGuid() } }, new { cases = Array.Empty<Guid>() } })
        {
            var response = await _host.As("dev-officer").PostAsync("/api/disposals/approve", Json.Body(body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("cases", (string?)(await response.ReadObjectAsync())["field"]);
        }
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamMaySeeOrApproveDisposals()
    {
        var id = await LogAsync();
        await RunJobAsync();

        foreach (var persona in new[] { "dev-social-worker", "dev-manager" })
        {
            var someone = _host.As(persona);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/api/disposals")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/api/disposals/records")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.PostAsync($"/api/disposals/{id}/approve", null)).StatusCode);
        }
        Assert.Null((await (await _host.As("dev-officer").GetAsync("/api/disposals")).ReadArrayAsync())[0]!["approval"]);
    }

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDisposalApiTests() : DisposalApiTests([]);

[Collection(CosmosCollection.Name)]
public sealed class CosmosDisposalApiTests(CosmosTestServer server) : DisposalApiTests(CosmosHostSettings.NewDatabase(server));
