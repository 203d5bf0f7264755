namespace ComplaintsAssistant.Deploy.Tests;

/// <summary>The repository's root folder (the one holding ComplaintsAssistant.sln), found from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ComplaintsAssistant.sln"))) return folder.FullName;
        throw new InvalidOperationException("ComplaintsAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
