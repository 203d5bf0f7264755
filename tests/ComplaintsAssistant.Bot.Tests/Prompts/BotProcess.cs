using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>The built host (the bot dll) as a child process in local development mode, on loopback at a free port, until
/// the test kills it as <c>kill -9</c> does: no shutdown, no last write.</summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;

    private BotProcess(Process process, StringBuilder log, Uri address)
    {
        _process = process;
        _log = log;
        Http = new HttpClient { BaseAddress = address };
    }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public string Log { get { lock (_log) return _log.ToString(); } }

    public static Task<BotProcess> StartAsync(params string[] settings) => StartAsync(BotAssembly(), RepoPaths.BotProject, settings);

    /// <summary>Another build of the host, e.g. a publish (Deploy.Tests' PublishedHost), run from its own folder.</summary>
    public static async Task<BotProcess> StartAsync(string assembly, string workingDirectory, string[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [assembly, "--urls", "http://127.0.0.1:0", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var name in start.Environment.Keys.Where(IsHostSetting).ToArray()) start.Environment.Remove(name);

        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) { listening.TrySetException(new InvalidOperationException("The host exited before it listened.")); return; }
            lock (log) log.AppendLine(line.Data);
            if (Listening().Match(line.Data) is { Success: true } found) listening.TrySetResult(new Uri(found.Groups[1].Value + "/"));
        };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.AppendLine(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new BotProcess(process, log, await listening.Task.WithinHangLimit());
        }
        catch (Exception e)
        {
            process.Kill();
            lock (log) throw new InvalidOperationException($"The host did not start. Its log:\n{log}", e);
        }
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: the process ends where it is.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync().WithinHangLimit();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"Listening on loopback only \((http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    /// <summary>Settings the test machine may carry that would change what is under test.</summary>
    internal static bool IsHostSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Entra__", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Bot__", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Store__", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dev__", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bot as built beside this test (same configuration and framework folder).</summary>
    internal static string BotAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(RepoPaths.BotProject, "bin", output.Parent!.Name, output.Name, "ComplaintsAssistant.Bot.dll");
        Assert.True(File.Exists(path), $"The bot is not built at {path}");
        return path;
    }
}
