using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Access;

/// <summary>Chat users configured by Entra group get their role from Microsoft Graph (a fake Graph on loopback here):
/// only the configured groups are asked about, answers are kept a while, and a Graph failure means "not set up".</summary>
public sealed class GroupRolesTests : IAsyncLifetime
{
    private const string Managers = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Fostering = "aaaaaaaa-0000-0000-0000-000000000002";
    private const string ManagerObjectId = "3f2c1a9e-0000-4000-8000-000000000001";
    private readonly List<(string Path, string Auth, JsonObject Body)> _calls = [];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private Microsoft.AspNetCore.Builder.WebApplication _graph = null!;
    private string _graphUrl = "";
    private int _failures;

    public async Task InitializeAsync()
    {
        (_graph, _graphUrl) = await LoopbackServer.StartAsync(app => app.MapPost("/v1.0/users/{id}/checkMemberGroups", async (string id, HttpContext http) =>
        {
            var body = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
            lock (_calls) _calls.Add((http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
            if (_failures-- > 0) return Results.StatusCode(503);
            // user-1 (and the Entra object id ManagerObjectId) is a manager in fostering; everyone else is in no group.
            var member = id is "user-1" or ManagerObjectId ? body["groupIds"]!.AsArray().Select(g => (string)g!).Where(g => g is Managers or Fostering) : [];
            return Results.Json(new { value = member });
        }));
    }

    private static readonly StaticOptions GroupsOnly = new(new AccessOptions
    {
        Groups =
        [
            new GroupOptions { GroupId = Managers, Name = "Children in Care managers", Role = Role.Manager, Teams = ["Children in Care"] },
            new GroupOptions { GroupId = Fostering, Role = Role.Staff, Teams = ["Fostering"] },
            new GroupOptions { GroupId = "aaaaaaaa-0000-0000-0000-000000000003", Name = "Complaints team", Role = Role.ComplaintsOfficer },
        ],
    });

    private ActorDirectory Directory() => new(GroupsOnly,
        new GraphGroupMembership(new HttpClient { BaseAddress = new Uri(_graphUrl + "/") }, _ => ValueTask.FromResult("graph-token"), _time,
            NullLogger<GraphGroupMembership>.Instance));

    [Fact]
    public async Task AChatUserConfiguredByGroupGetsTheStrongestRoleAndEveryGroupsTeams()
    {
        var actor = await Directory().ResolveAsync("user-1", "Morgan", null, CancellationToken.None);

        Assert.NotNull(actor);
        Assert.Equal(Role.Manager, actor.Role);
        Assert.Equal(["Children in Care", "Fostering"], actor.Teams.Order());
        var call = Assert.Single(_calls);
        Assert.Equal("/v1.0/users/user-1/checkMemberGroups", call.Path);
        Assert.Equal("Bearer graph-token", call.Auth);
        Assert.Equal(3, call.Body["groupIds"]!.AsArray().Count); // only the configured groups are asked about
    }

    [Fact]
    public async Task SomeoneInNoConfiguredGroupIsNotSetUp()
    {
        Assert.Null(await Directory().ResolveAsync("user-2", "Stranger", null, CancellationToken.None));
    }

    [Fact]
    public async Task GraphIsAskedOnceAWhileNotOnEveryMessage()
    {
        var directory = Directory();
        for (var i = 0; i < 5; i++) await directory.ResolveAsync("user-1", null, null, CancellationToken.None);
        Assert.Single(_calls);

        _time.Advance(GraphGroupMembership.KeepFor + TimeSpan.FromSeconds(1));
        await directory.ResolveAsync("user-1", null, null, CancellationToken.None);
        Assert.Equal(2, _calls.Count);
    }

    [Fact]
    public async Task AGraphFailureMeansNotSetUpAndIsAskedAgainNextTime()
    {
        _failures = 1;
        var directory = Directory();

        Assert.Null(await directory.ResolveAsync("user-1", null, null, CancellationToken.None));
        Assert.Equal(Role.Manager, (await directory.ResolveAsync("user-1", null, null, CancellationToken.None))?.Role);
    }

    [Fact]
    public async Task GroupsInTheTokenAreUsedWithoutAskingGraph()
    {
        var actor = await Directory().ResolveAsync("user-9", null, [Fostering], CancellationToken.None);
        Assert.Equal(Role.Staff, actor?.Role);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task ACouncilThatSetsPeopleUpOnlyByGroupCanStillNameCaseOwnersByTheirEntraObjectId()
    {
        var people = new ConfiguredPeople(Directory(), GroupsOnly);

        var owner = await people.FindAsync(ManagerObjectId, CancellationToken.None);

        Assert.Equal((Role.Manager, true), (owner?.Role, owner?.Teams.Contains("Children in Care")));
        Assert.Equal("/v1.0/users/" + ManagerObjectId + "/checkMemberGroups", Assert.Single(_calls).Path);
    }

    [Fact]
    public async Task OnlyEntraObjectIdsAreLookedUpInGraph()
    {
        Assert.Null(await new ConfiguredPeople(Directory(), GroupsOnly).FindAsync("Morgan", CancellationToken.None));
        Assert.Empty(_calls);
    }

    [Fact]
    public void GroupsAreKnownByTheNameTheCouncilGaveThemNeverTheirIds()
    {
        var known = new ConfiguredPeople(Directory(), GroupsOnly).Known;

        Assert.Empty(known.People);
        Assert.Equal(["Children in Care managers", null, "Complaints team"], known.Groups.Select(g => g.Name));
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private sealed class StaticOptions(AccessOptions value) : IOptionsMonitor<AccessOptions>
    {
        public AccessOptions CurrentValue => value;
        public AccessOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
    }
}
