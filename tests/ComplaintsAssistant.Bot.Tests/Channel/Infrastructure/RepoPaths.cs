namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>Files of the checkout, found from the test's bin folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotProject => Path.Combine(Root, "bot", "ComplaintsAssistant.Bot");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "ComplaintsAssistant.Bot.Tests", "Fixtures", "Teams", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintsAssistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ComplaintsAssistant.sln not found above the test folder.");
    }
}
