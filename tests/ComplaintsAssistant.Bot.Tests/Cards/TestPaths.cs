namespace ComplaintsAssistant.Bot.Tests.Cards;

/// <summary>Folders of the checkout, found from the test's bin folder.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string CardsFolder => Path.Combine(Root, "tests", "ComplaintsAssistant.Bot.Tests", "Cards");

    /// <summary>Where the card gallery is written for the browser test to render.</summary>
    public static string GalleryFolder => Path.Combine(Root, "tests", "ComplaintsAssistant.Browser.Tests", "CardGallery", "cards");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintsAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("ComplaintsAssistant.sln not found above the test folder.");
    }
}
