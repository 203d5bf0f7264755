using System.Text.RegularExpressions;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

namespace ComplaintsAssistant.Bot.Tests.Docs;

/// <summary>A README that sends a new user to a file sends them to one in the repo: every markdown link and every quoted
/// path starting ./ or ../ resolves from the README's own folder.</summary>
public sealed partial class ReadmePathTests
{
    public static TheoryData<string> Readmes() => new(Directory
        .EnumerateFiles(RepoPaths.Root, "README.md", SearchOption.AllDirectories)
        .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "bin" or "obj" or ".git"))
        .Select(path => Path.GetRelativePath(RepoPaths.Root, path))
        .Order());

    [Theory]
    [MemberData(nameof(Readmes))]
    public void EveryRelativePathInTheReadmeExists(string readme)
    {
        var path = Path.Combine(RepoPaths.Root, readme);
        var folder = Path.GetDirectoryName(path)!;
        var text = File.ReadAllText(path);
        var targets = QuotedRelativePath().Matches(text).Select(m => m.Groups["path"].Value)
            .Concat(MarkdownLink().Matches(text).Select(m => m.Groups["path"].Value).Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith('#') && !t.StartsWith("mailto:", StringComparison.Ordinal)))
            .Select(target => target.Split('#')[0]);

        var missing = targets.Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target))).ToArray();

        Assert.True(missing.Length == 0, $"{readme} points at what isn't in the repo: {string.Join(", ", missing)}");
    }

    [GeneratedRegex(@"`(?<path>\.{1,2}/[^`\s]+)`")]
    private static partial Regex QuotedRelativePath();

    [GeneratedRegex(@"\]\((?<path>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
