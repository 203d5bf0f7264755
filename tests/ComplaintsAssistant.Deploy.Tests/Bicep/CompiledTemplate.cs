using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Deploy.Tests.Bicep;

/// <summary>deploy/main.bicep compiled to ARM JSON by the pinned Bicep CLI (NuGet Azure.Bicep.CommandLine.linux-x64), once for
/// every test in the class. The compiler knows each resource type's API versions and properties from Azure's own
/// specifications, so a wrong version or property name is a warning, and the tests allow none.</summary>
public sealed class CompiledTemplate
{
    public CompiledTemplate()
    {
        var (json, diagnostics) = Build("build", Path.Combine(Repository.Root, "deploy", "main.bicep"));
        Template = JsonNode.Parse(json)!.AsObject();
        Diagnostics = diagnostics;
    }

    public JsonObject Template { get; }

    public string Diagnostics { get; }

    public IEnumerable<JsonObject> Resources(string type) =>
        Template["resources"]!.AsArray().Select(r => r!.AsObject()).Where(r => (string?)r["type"] == type);

    public JsonObject Resource(string type) => Assert.Single(Resources(type));

    public static string BicepPath =>
        typeof(CompiledTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value
        ?? throw new InvalidOperationException("The test project was built without the Bicep CLI package.");

    /// <summary>Runs the compiler with --stdout; returns what it printed and its diagnostics.</summary>
    public static (string Output, string Diagnostics) Build(string verb, string file, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(BicepPath, [verb, file, "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill();
            throw new TimeoutException("bicep did not finish in 3 minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"bicep {verb} failed:\n{error.Result}");
        return (output.Result, error.Result);
    }
}
