using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The real host (Program.cs) on Kestrel at 127.0.0.1, a real SQLite file of its own, and a pinned clock:
/// 1 June 2026, 10:00 in London.</summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-api-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly ILoggerProvider? _logs;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="logs">Where the host's logs go, every category at every level; by default they are dropped.</param>
    /// <param name="services">Test services, added after the host's own (an in-memory exporter, a refusing handler).</param>
    public ApiHost(Dictionary<string, string?>? settings = null, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        _settings = settings ?? [];
        _logs = logs;
        _services = services;
        // Listening set on Kestrel's options, not UseKestrel(port): the factory would reset the server's addresses after
        // the app had started Kestrel on its own thread, a race it sometimes loses (dotnet/aspnetcore#67714).
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder, "cases.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:SqlitePath", DatabasePath);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // Tests move the clock: deadline prompts run when a test asks (POST /dev/prompts/run), not whenever time passes.
        builder.UseSetting("Prompts:Background", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            if (_logs is null) return;
            logging.AddProvider(_logs);
            // Every category at every level, whatever appsettings.json says: a rule for the provider wins over the others.
            logging.Services.Configure<LoggerFilterOptions>(filters =>
                filters.Rules.Add(new LoggerFilterRule(_logs.GetType().FullName, categoryName: null, LogLevel.Trace, filter: null)));
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            _services?.Invoke(services);
        });
    }

    /// <summary>Every activity the channel has accepted so far has been fully handled: all its replies are sent.</summary>
    public Task WhenChannelIdleAsync() => Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WithinHangLimit();

    /// <summary>Start-up work the host runs in the background (applying a bank holiday file) has finished.</summary>
    public Task WhenStartupWorkDoneAsync() =>
        Task.WhenAll(Services.GetServices<IHostedService>().OfType<DueDateRefresh>().Select(work => work.ExecuteTask ?? Task.CompletedTask))
            .WithinHangLimit();

    /// <summary>A client acting as one of the local personas (dev-officer, dev-manager, dev-social-worker).</summary>
    public HttpClient As(string persona)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-Persona", persona);
        return client;
    }

    /// <summary>As <see cref="As"/>, for a big upload with <c>Expect: 100-continue</c>: the client waits for the server's
    /// answer before sending the body however busy the machine is (HttpClient's default sends it anyway after 1 s, and a
    /// refusal then arrives as a broken pipe instead of a 413).</summary>
    public HttpClient AsUploader(string persona)
    {
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = HangGuard.Limit }) { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Dev-Persona", persona);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

internal static class Json
{
    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<JsonArray> ReadArrayAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonArray>())!;

    public static StringContent Body(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static StringContent Body(object value) => Body(JsonSerializer.Serialize(value));

    /// <summary>A workflow step as a client must send it: read the case, then post the step with the case's ETag in If-Match.</summary>
    public static async Task<HttpResponseMessage> StepAsync(this HttpClient client, string id, string step, string body)
    {
        var read = await client.GetAsync($"/api/cases/{id}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/{step}") { Content = Body(body) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        return await client.SendAsync(request);
    }

    /// <summary>Outcomes for the three concerns of <see cref="Complaint"/>: every concern needs one when a stage is answered.</summary>
    public const string ConcernOutcomes =
        """ "concernOutcomes": [ { "concernNumber": 1, "outcome": "upheld" }, { "concernNumber": 2, "outcome": "upheld" }, { "concernNumber": 3, "outcome": "notUpheld" } ] """;

    /// <summary>A statutory complaint as a complaints officer would log it.</summary>
    public static string Complaint(string receivedOn = "2026-05-01", string team = "Children in Care", string owner = "dev-manager") => $$"""
        {
          "kind": "statutoryComplaint",
          "receivedOn": "{{receivedOn}}",
          "howReceived": "email",
          "team": "{{team}}",
          "owner": "{{owner}}",
          "complainant": { "relationship": "parent", "name": "A Parent" },
          "children": [ { "ageBand": "tenToFifteen", "gender": "female" } ],
          "concerns": [ "Lack of communication", "lack of communication", "Unhappy with assessment" ],
          "summary": "Nobody returned my calls."
        }
        """;
}
