using System.Diagnostics;

namespace ComplaintsAssistant.Bench.Store;

/// <summary>Starts tools/cosmos-test-server when no endpoint is given, and stops it at the end.</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly string _pidFile;

    private LocalServer(string pidFile) => _pidFile = pidFile;

    public static async Task<(Uri Endpoint, LocalServer Server)> StartAsync(int port)
    {
        var root = AppContext.BaseDirectory;
        var dir = new DirectoryInfo(root);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tools", "cosmos-test-server", "start.sh"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("tools/cosmos-test-server/start.sh not found; set COSMOS_TEST_ENDPOINT instead.");
        var pidFile = Path.Combine(Path.GetTempPath(), $"cosmos-bench-{port}.pid");
        using var start = Process.Start("bash", [Path.Combine(dir.FullName, "tools", "cosmos-test-server", "start.sh"), port.ToString(System.Globalization.CultureInfo.InvariantCulture), pidFile]);
        await start.WaitForExitAsync();
        if (start.ExitCode != 0) throw new InvalidOperationException("The Cosmos test server did not start.");
        return (new Uri($"https://127.0.0.1:{port}/"), new LocalServer(pidFile));
    }

    public void Dispose()
    {
        if (int.TryParse(File.ReadAllText(_pidFile).Trim(), out var pid))
            try { using var p = Process.GetProcessById(pid); p.Kill(); } catch (ArgumentException) { }
    }
}
