using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ComplaintsAssistant.Store.Tests;

/// <summary>A local stand-in server the tests start themselves when the test script didn't (the Cosmos test server, Azurite):
/// its <c>tools/…/start.sh PORT PIDFILE</c> on a free port, waited for, and stopped at the end.</summary>
public sealed class LocalServer
{
    private readonly string _pidFile;

    private LocalServer(int port, string pidFile) => (Port, _pidFile) = (port, pidFile);

    public int Port { get; }

    /// <param name="script">The start script under the repository, e.g. <c>tools/azurite/start.sh</c>.</param>
    /// <param name="name">What it is, for the failure message.</param>
    public static async Task<LocalServer> StartAsync(string script, string name, TimeSpan within)
    {
        var path = Path.Combine(RepositoryRoot(script), script);
        var port = FreePort();
        var pidFile = Path.Combine(Path.GetTempPath(), $"{Path.GetFileName(Path.GetDirectoryName(path))}-test-{port}.pid");
        var start = new ProcessStartInfo("bash", [path, port.ToString(System.Globalization.CultureInfo.InvariantCulture), pidFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var starting = Process.Start(start) ?? throw new InvalidOperationException($"Could not run bash to start {name}.");
        var output = starting.StandardOutput.ReadToEndAsync();
        var errors = starting.StandardError.ReadToEndAsync();
        // The first run installs the server's npm packages (npm ci), which takes a while.
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await starting.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            starting.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{name} did not start within {within.TotalMinutes} minutes ({path}).");
        }
        if (starting.ExitCode != 0)
            throw new InvalidOperationException($"{name} did not start ({path}, exit {starting.ExitCode}): {await output} {await errors}");
        return new LocalServer(port, pidFile);
    }

    public void Stop()
    {
        if (!File.Exists(_pidFile) || !int.TryParse(File.ReadAllText(_pidFile).Trim(), out var pid)) return;
        try { using var server = Process.GetProcessById(pid); server.Kill(); }
        catch (ArgumentException) { } // already gone
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot(string script)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, script))) return folder.FullName;
        throw new InvalidOperationException($"{script} was not found above {AppContext.BaseDirectory}");
    }
}
