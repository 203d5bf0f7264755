using System.Diagnostics;
using System.Text;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Bot.Tests.Prompts;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>What someone starting the host reads in its log: the built host run as <c>dotnet run</c> runs it (no
/// environment chosen), because the test host would choose one for it.</summary>
public sealed class StartupLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-startup-").FullName;

    [Fact]
    public async Task LocalDevelopmentModeDoesNotClaimToBeProduction()
    {
        var log = await StartAndReadLogAsync(LocalDevelopmentLine);

        Assert.Contains("Listening on loopback only (http://127.0.0.1:", log);
        Assert.Contains($"Content root: {RepoPaths.BotProject}. Press Ctrl+C to stop.", log);
        Assert.DoesNotContain("Production", log);
    }

    [Fact]
    public async Task WithAnIdentityTheHostSaysItIsInProduction()
    {
        var log = await StartAndReadLogAsync("Content root path:",
            "--Entra:TenantId", "00000000-0000-0000-0000-00000000000a", "--Entra:ClientId", "00000000-0000-0000-0000-00000000000b",
            "--Bot:AppId", "00000000-0000-0000-0000-00000000000c", "--Bot:AppPassword", "not-a-real-secret");

        Assert.DoesNotContain("LOCAL DEVELOPMENT MODE", log);
        Assert.Contains("Hosting environment: Production", log);
    }

    private const string LocalDevelopmentLine = "LOCAL DEVELOPMENT MODE: no identity is configured";

    /// <summary>Starts the host, waits for the line it logs last on start-up, stops it as Ctrl+C would and returns the whole
    /// console log.</summary>
    private async Task<string> StartAndReadLogAsync(string lastStartLine, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [BotProcess.BotAssembly(), "--urls", "http://127.0.0.1:0", "--Store:SqlitePath", Path.Combine(_folder, "cases.db"), .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.BotProject,
        };
        foreach (var name in start.Environment.Keys.Where(BotProcess.IsHostSetting).ToArray()) start.Environment.Remove(name);

        var log = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) { started.TrySetResult(); return; }
            lock (log) log.AppendLine(line.Data);
            if (line.Data.Contains(lastStartLine, StringComparison.Ordinal)) started.TrySetResult();
        };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.AppendLine(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            try
            {
                await started.Task.WithinHangLimit();
            }
            catch (TimeoutException)
            {
                lock (log) throw new TimeoutException($"No \"{lastStartLine}\" within {HangGuard.Limit}. The log so far:\n{log}");
            }

            // SIGTERM, as Ctrl+C or a service manager stops it: the host shuts down and the log is complete.
            using var stop = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await process.WaitForExitAsync().WithinHangLimit();
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        lock (log) return log.ToString();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
