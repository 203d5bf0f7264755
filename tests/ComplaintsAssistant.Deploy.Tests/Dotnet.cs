using System.Diagnostics;

namespace ComplaintsAssistant.Deploy.Tests;

/// <summary>The <c>dotnet</c> command as an operator runs it (a tool of ours, a publish), to its end, within a limit.</summary>
internal static class Dotnet
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(string workingFolder, TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(limit);
        return (process.ExitCode, await output, await error);
    }
}
