using System.Diagnostics;

namespace ComplaintsAssistant.Bot.Tests;

/// <summary>A command of ours as built beside the tests (the test project references each tool, so it is built first), run
/// as a process the way an officer runs it on the server, its output redirected (so it prints plain lines).</summary>
internal static class BuiltCommand
{
    public static async Task<(int Exit, string Output)> RunAsync(string tool, string dll, string workingFolder,
        IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingFolder };
        start.ArgumentList.Add(PathOf(tool, dll));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static string PathOf(string tool, string dll)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        for (var folder = here; folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ComplaintsAssistant.sln")))
                return Path.Combine(folder.FullName, "tools", tool, "bin", configuration, here.Name, dll);
        throw new InvalidOperationException("The repository's folder is not above the test's.");
    }
}
