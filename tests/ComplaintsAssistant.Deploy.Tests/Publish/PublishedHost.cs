using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Deploy.Tests.Publish;

/// <summary>The host as docs/deployment.md publishes it (step 4: linux-x64, which the project makes ReadyToRun,
/// self-contained and trimmed), started as App Service starts it (<c>dotnet ComplaintsAssistant.Bot.dll</c>) in local
/// development mode on loopback, with a SQLite file of its own. Published once for the tests that share it.</summary>
public sealed partial class PublishedHost : IAsyncLifetime
{
    public const string StaffObjectId = "b15a9416-0ad3-4172-9210-700000000001";

    private readonly string _folder = Directory.CreateTempSubdirectory("ca-published-").FullName;
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string Folder => Path.Combine(_folder, "publish");
    public HttpClient Http { get; private set; } = null!;
    public FakeConnector Connector { get; } = new();
    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task InitializeAsync()
    {
        var (code, output) = await RunAsync("dotnet", "publish", Path.Combine(Repository.Root, "bot", "ComplaintsAssistant.Bot"),
            "-c", "Release", "-r", "linux-x64", "-o", Folder, "--nologo");
        Assert.True(code == 0, "dotnet publish failed:\n" + output);

        var start = new ProcessStartInfo("dotnet", [Path.Combine(Folder, "ComplaintsAssistant.Bot.dll"), "--urls", "http://127.0.0.1:0",
            "--Store:SqlitePath", Path.Combine(_folder, "cases.db"),
            "--Access:People:0:Id", StaffObjectId, "--Access:People:0:Name", "Sam Carter", "--Access:People:0:Role", "Staff",
            "--Access:People:0:Teams:0", "Children in Care"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var name in start.Environment.Keys.Where(IsHostSetting).ToArray()) start.Environment.Remove(name);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) { listening.TrySetException(new InvalidOperationException("The published host exited before it listened:\n" + Log)); return; }
            lock (_log) _log.AppendLine(line.Data);
            if (Listening().Match(line.Data) is { Success: true } found) listening.TrySetResult(new Uri(found.Groups[1].Value + "/"));
        };
        _process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (_log) _log.AppendLine(line.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2)) };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        Connector.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Settings the test machine may carry that would change what is under test.</summary>
    private static bool IsHostSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Entra__", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Bot__", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Store__", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Access__", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"Listening on loopback only \((http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
