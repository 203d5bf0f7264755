using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Inbound;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Tests.Cards;
using ComplaintsAssistant.Bot.Tests.Conversations;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>The app manifest the package tool builds, against the bot itself: every command in the menu is one the bot
/// answers, and the message actions are the ones the channel handles. (The package's own checks — schema, icons, zip,
/// URLs — are tested in ComplaintsAssistant.Deploy.Tests.)</summary>
public class ManifestTests
{
    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        var lists = TeamsManifest.Filled()["bots"]![0]!["commandLists"]!.AsArray();
        foreach (var list in lists)
            foreach (var command in list!["commands"]!.AsArray())
                data.Add(string.Join(",", list["scopes"]!.AsArray().Select(s => (string?)s)), (string)command!["title"]!);
        return data;
    }

    /// <summary>Teams puts a command's title in the compose box; the bot must answer it (a command that takes an
    /// argument, "case", is sent with the example its description gives). Run through the real TurnRouter.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryListedCommandIsOneTheBotAnswers(string scope, string title)
    {
        var description = (string)TeamsManifest.Filled()["bots"]![0]!["commandLists"]!.AsArray()
            .First(l => string.Join(",", l!["scopes"]!.AsArray().Select(s => (string?)s)) == scope)!["commands"]!.AsArray()
            .First(c => (string?)c!["title"] == title)!["description"]!;
        var typed = description.Split("for example: ") is [_, var example] ? example.Trim() : title;
        Assert.StartsWith(title, typed, StringComparison.Ordinal);

        using var bot = new BotHarness();
        var reply = await bot.SayAsync(BotHarness.Officer, typed);
        var card = reply.ReplacementCard ?? reply.Messages.FirstOrDefault(m => m.Card is not null)?.Card;
        Assert.NotNull(card);
        Assert.DoesNotContain("didn't catch that", Text(card));
    }

    [Fact]
    public void EveryMessageActionInTheManifestIsOneTheChannelRoutesWithItsTitle()
    {
        var extension = Assert.Single(TeamsManifest.Filled()["composeExtensions"]!.AsArray())!;
        var commands = extension["commands"]!.AsArray().Select(c => c!).ToArray();
        Assert.Equal([MessageActions.LogCompliment, MessageActions.CreateCase], commands.Select(c => (string?)c["id"]));
        foreach (var command in commands)
        {
            Assert.Equal("action", (string?)command["type"]);
            Assert.Equal(["message"], command["context"]!.AsArray().Select(c => (string?)c));
            Assert.True((bool)command["fetchTask"]!);
            // The dialog title the channel gives the fetchTask/submitAction answers.
            Assert.Equal((string?)command["title"], InvokeDispatcher.MessageActionTitles[(string)command["id"]!]);
        }

        // The Teams fixtures the channel is tested with carry the compliment's command.
        foreach (var fixture in new[] { "message-action-fetch-task.json", "message-action-submit.json" })
        {
            var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "tests", "ComplaintsAssistant.Bot.Tests", "Fixtures", "Teams", fixture)))!;
            Assert.Equal(MessageActions.LogCompliment, (string?)activity["value"]!["commandId"]);
        }
    }

    [Fact]
    public async Task MessageActionOpensTheComplimentDialogWithTheMessageText()
    {
        using var bot = new BotHarness();
        var reply = await bot.MessageActionAsync(BotHarness.SocialWorker, "Thank you so much to the team.");
        var card = reply.ReplacementCard ?? reply.Messages.FirstOrDefault(m => m.Card is not null)?.Card;
        Assert.NotNull(card);
        Assert.Contains(All(card), o => ((string?)o["value"])?.Contains("Thank you so much to the team.", StringComparison.Ordinal) == true);
    }
}
