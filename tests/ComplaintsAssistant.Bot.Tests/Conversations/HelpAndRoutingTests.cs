using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Conversations;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

public class HelpAndRoutingTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task HelpShowsEveryCommandAsButton()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "Help!"));
        var titles = Titles(card).ToArray();
        foreach (var title in new[] { "Log a complaint", "Log a member enquiry", "Log an informal representation", "Log a compliment", "My cases", "Learning actions", "Open case" })
            Assert.Contains(title, titles);
    }

    [Fact]
    public async Task AnOfficerOpeningTheBotInACouncilNotYetSetUpIsToldWhatAndWhereToSetIt()
    {
        // The harness's council gave neither its own teams nor GOV.UK's bank holiday list.
        var text = Text(PostedCard(await _bot.InstalledAsync(BotHarness.Officer)));

        Assert.Contains("Set-up not finished", text);
        Assert.Contains("Council:Teams", text);
        Assert.Contains("Council:BankHolidaysFile", text);
        Assert.DoesNotContain("Access:People", text); // it has an officer: the one reading this
    }

    [Fact]
    public async Task StaffAreNotAskedToSetUpWhatOnlyTheComplaintsTeamCan() =>
        Assert.DoesNotContain("Set-up not finished", Text(PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "help"))));

    [Fact]
    public async Task InstalledWelcomesByName()
    {
        var card = PostedCard(await _bot.InstalledAsync(BotHarness.Manager));
        Assert.Contains("Hello Morgan Manager", Text(card));
    }

    [Theory]
    [InlineData("my cases", "channel")]
    [InlineData("case CC-2026-0001", "groupChat")]
    [InlineData("learning", "channel")]
    public async Task CasesAreShownOnlyInAPersonalChat(string text, string conversationKind)
    {
        var reply = await _bot.HandleAsync(new Turn(TurnKind.Message, new Speaker("29:x", BotHarness.Officer, null), text, null, null, conversationKind));

        var card = PostedCard(reply);
        Assert.Contains("only show them in a personal chat", Text(card));
        Assert.DoesNotContain("CC-2026", Text(card));
    }

    [Fact]
    public async Task UnknownTextGetsShortHelp()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "what's the weather like?"));
        Assert.Contains("didn't catch that", Text(card));
        Assert.Contains("Help", Titles(card));
    }

    [Fact]
    public async Task UnknownVerbGetsPoliteCard()
    {
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, "case.teleport", new JsonObject { ["caseId"] = Guid.NewGuid().ToString() });
        Assert.Null(reply.ReplacementCard);
        Assert.Contains("Sorry", Text(PostedCard(reply)));
    }

    [Fact]
    public async Task UnknownPersonIsToldToAskTheComplaintsTeam()
    {
        var reply = await _bot.SayAsync("someone-else", "help");
        Assert.Contains("not set up", Assert.Single(reply.Messages).Text);
    }

    [Fact]
    public async Task EveryButtonVerbHasHandler()
    {
        var verbs = typeof(Verbs).GetFields().Select(f => (string)f.GetValue(null)!);
        foreach (var verb in verbs)
        {
            var reply = await _bot.ClickAsync(BotHarness.Officer, verb, new JsonObject());
            var card = reply.ReplacementCard ?? reply.Messages.FirstOrDefault(m => m.Card is not null)?.Card;
            Assert.DoesNotContain("belongs to something I no longer do", card is null ? "" : Text(card));
        }
    }
}
