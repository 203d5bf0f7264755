using System.Diagnostics;
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
        var (code, output) = await PublishAsync();
        Assert.True(code == 0, "dotnet publish failed:\n" + output);
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

    private async Task<(int Code, string Output)> PublishAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(Repository.Root, "bot", "ComplaintsAssistant.Bot"), "-c", "Release", "-r", "linux-x64", "-o", Folder, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
