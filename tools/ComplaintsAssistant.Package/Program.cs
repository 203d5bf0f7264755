namespace ComplaintsAssistant.Package;

/// <summary>Builds and checks the app package a council installs. See manifest/README.md.
///   dotnet run --project tools/ComplaintsAssistant.Package -- --config manifest/package.json [--out manifest/build]
///       [--previous last-uploaded.zip] [--host-name … any setting as a flag, overriding the file]</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var problems = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var settingFlags = new List<(string Flag, string Value)>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                Console.WriteLine(Usage());
                return 0;
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                problems.Add($"{args[i]}: needs a value after it");
            else if (args[i] is "--config" or "--out" or "--previous")
                options[args[i]] = args[++i];
            else
                settingFlags.Add((args[i], args[++i]));
        }

        // The file first, then the flags, so a flag wins over the file.
        var settings = new PackageSettings();
        if (options.TryGetValue("--config", out var config)) problems.AddRange(settings.ReadFile(config));
        foreach (var (flag, value) in settingFlags)
            if (!settings.TrySetFlag(flag, value)) problems.Add($"{flag}: not an option this tool knows (run with --help)");
        var outFolder = options.GetValueOrDefault("--out", Path.Combine("manifest", "build"));
        var previous = options.GetValueOrDefault("--previous");

        if (problems.Count == 0)
        {
            var result = AppPackage.Build(settings, outFolder, previous);
            problems.AddRange(result.Problems);
            if (problems.Count == 0)
            {
                Console.WriteLine($"Wrote {result.ZipPath}");
                Console.WriteLine($"  upload it in the Teams admin centre (Teams apps > Manage apps > Upload new app)");
                Console.WriteLine($"Wrote {result.AddinPath}");
                Console.WriteLine($"  for Outlook on Mac: Microsoft 365 admin centre > Integrated apps > Upload custom apps");
                Console.WriteLine($"Checked: Teams manifest schema v1.30, add-in XML schemas, icons, every URL on {settings.HostName}, version {settings.Version}.");
                return 0;
            }
        }

        Console.Error.WriteLine("No package written:");
        foreach (var problem in problems) Console.Error.WriteLine("  - " + problem);
        return 1;
    }

    private static string Usage() =>
        "Builds the Complaints Assistant app package (Teams + Outlook) and the Outlook XML add-in manifest, and checks them.\n\n" +
        "  --config FILE     settings as JSON (see manifest/package.example.json)\n" +
        "  --out FOLDER      where to write complaints-assistant.zip and outlook-addin.xml (default manifest/build)\n" +
        "  --previous ZIP    the package uploaded last: the new version must be higher\n" +
        "  any setting as a flag, overriding the file: " + string.Join(" ", PackageSettings.Keys.Select(PackageSettings.KeyToFlag));
}
