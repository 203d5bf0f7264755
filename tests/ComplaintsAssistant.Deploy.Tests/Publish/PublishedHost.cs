using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Bot.Tests.Prompts;

namespace ComplaintsAssistant.Deploy.Tests.Publish;

/// <summary>The host as docs/deployment.md publishes it (step 4: linux-x64, which the project makes ReadyToRun,
/// self-contained and trimmed), started as App Service starts it (<c>dotnet ComplaintsAssistant.Bot.dll</c>) in local
/// development mode on loopback, with a SQLite file of its own and a fake connector for its replies. Published once for
/// the tests that share it.</summary>
public sealed class PublishedHost : IAsyncLifetime
{
    public const string StaffObjectId = "b15a9416-0ad3-4172-9210-700000000001";

    private readonly string _folder = Directory.CreateTempSubdirectory("ca-published-").FullName;
    private BotProcess? _host;

    public string Folder => Path.Combine(_folder, "publish");
    public HttpClient Http => _host!.Http;
    internal FakeConnectorServer Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // From the repository root, as docs/deployment.md step 4 does; no limit beyond the run's own: a cold publish takes minutes.
        var (code, output, error) = await Dotnet.RunAsync(Repository.Root, Timeout.InfiniteTimeSpan,
            "publish", Path.Combine(Repository.Root, "bot", "ComplaintsAssistant.Bot"), "-c", "Release", "-r", "linux-x64", "-o", Folder, "--nologo");
        Assert.True(code == 0, "dotnet publish failed:\n" + output + error);
        Connector = await FakeConnectorServer.StartAsync();
        _host = await StartAnotherAsync(Path.Combine(_folder, "cases.db"));
    }

    /// <summary>Another process of the published host, on the SQLite file given, with the same member of staff.</summary>
    internal Task<BotProcess> StartAnotherAsync(string store) => BotProcess.StartAsync(Path.Combine(Folder, "ComplaintsAssistant.Bot.dll"), Folder,
    [
        "--Store:SqlitePath", store,
        "--Access:People:0:Id", StaffObjectId, "--Access:People:0:Name", "Sam Carter", "--Access:People:0:Role", "Staff",
        "--Access:People:0:Teams:0", "Children in Care",
    ]);

    /// <summary>A path for a SQLite file of a test's own, removed with the rest.</summary>
    internal string NewStoreFile() => Path.Combine(_folder, $"{Guid.NewGuid():N}.db");

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        if (Connector is not null) await Connector.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
