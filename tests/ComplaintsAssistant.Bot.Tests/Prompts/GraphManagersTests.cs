using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Core.Deadlines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>Managers from Microsoft Graph (a fake Graph on loopback here): who manages whom, "no manager" (404), answers
/// kept for the configured time, configuration winning, and Graph being down reported, not mistaken for "no manager".</summary>
public sealed class GraphManagersTests : IAsyncLifetime
{
    private const string Owner = "3f2c1a9e-0000-4000-8000-000000000001";
    private const string Head = "3f2c1a9e-0000-4000-8000-0000000000aa";
    private const string NoManager = "3f2c1a9e-0000-4000-8000-000000000002";
    private const string ConfiguredOwner = "3f2c1a9e-0000-4000-8000-000000000003";
    private readonly List<(string Path, string Query, string Auth)> _calls = [];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private WebApplication _graph = null!;
    private string _graphUrl = "";
    private bool _down;

    public async Task InitializeAsync()
    {
        (_graph, _graphUrl) = await LoopbackServer.StartAsync(app => app.MapGet("/v1.0/users/{id}/manager", (string id, HttpContext http) =>
        {
            lock (_calls) _calls.Add((http.Request.Path, http.Request.QueryString.Value ?? "", http.Request.Headers.Authorization.ToString()));
            if (_down) return Results.StatusCode(503);
            return id == Owner ? Results.Json(new { id = Head }) : Results.Json(new { error = new { code = "Request_ResourceNotFound" } }, statusCode: 404);
        }));
    }

    private GraphManagers Managers() => new(new HttpClient { BaseAddress = new Uri(_graphUrl + "/") }, _ => ValueTask.FromResult("graph-token"),
        new StaticOptions(new AccessOptions { People = [new PersonOptions { Id = ConfiguredOwner, Manager = "configured-head" }] }),
        TimeSpan.FromHours(1), _time, NullLogger<GraphManagers>.Instance);

    [Fact]
    public async Task The_owners_manager_is_asked_of_Graph_with_the_apps_token()
    {
        Assert.Equal(Head, await Managers().ManagerOfAsync(Owner));

        Assert.Equal(($"/v1.0/users/{Owner}/manager", "?$select=id", "Bearer graph-token"), Assert.Single(_calls));
    }

    [Fact]
    public async Task Someone_with_no_manager_in_Graph_has_none()
    {
        Assert.Null(await Managers().ManagerOfAsync(NoManager));
    }

    [Fact]
    public async Task Answers_and_no_manager_are_kept_for_an_hour()
    {
        var managers = Managers();

        await managers.ManagerOfAsync(Owner);
        await managers.ManagerOfAsync(Owner);
        await managers.ManagerOfAsync(NoManager);
        await managers.ManagerOfAsync(NoManager);
        Assert.Equal(2, _calls.Count);

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Head, await managers.ManagerOfAsync(Owner));
        Assert.Equal(3, _calls.Count);
    }

    [Fact]
    public async Task A_manager_set_in_configuration_wins_and_non_Entra_ids_are_not_asked()
    {
        var managers = Managers();

        Assert.Equal("configured-head", await managers.ManagerOfAsync(ConfiguredOwner));
        Assert.Null(await managers.ManagerOfAsync("dev-manager"));
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task Graph_down_is_a_failure_to_report_not_no_manager_and_is_asked_again_next_time()
    {
        var managers = Managers();
        _down = true;

        var failed = await Assert.ThrowsAsync<ManagerLookupFailed>(() => managers.ManagerOfAsync(Owner));
        Assert.Contains("Microsoft Graph could not be asked", failed.Message);

        _down = false;
        Assert.Equal(Head, await managers.ManagerOfAsync(Owner));
        Assert.Equal(2, _calls.Count);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private sealed class StaticOptions(AccessOptions value) : IOptionsMonitor<AccessOptions>
    {
        public AccessOptions CurrentValue => value;
        public AccessOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
    }
}
