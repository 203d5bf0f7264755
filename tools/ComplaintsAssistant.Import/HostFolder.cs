namespace ComplaintsAssistant.Import;

/// <summary>The host's folder (bot/ComplaintsAssistant.Bot), found from the current folder upwards, so the command reads the
/// same appsettings.json and SQLite file as <c>dotnet run --project bot/ComplaintsAssistant.Bot</c>.</summary>
internal static class HostFolder
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var host = Path.Combine(folder.FullName, "bot", "ComplaintsAssistant.Bot");
            if (File.Exists(Path.Combine(host, "ComplaintsAssistant.Bot.csproj"))) return host;
        }
        throw new ArgumentException("Can't find bot/ComplaintsAssistant.Bot above this folder: run from the repository, or give --content-root.");
    }
}
