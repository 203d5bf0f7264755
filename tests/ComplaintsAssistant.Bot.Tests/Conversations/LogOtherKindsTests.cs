using System.Text.Json.Nodes;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

public class LogOtherKindsTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task MemberEnquiryIsLoggedWithItsDueDate()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.Manager, "log member enquiry"));
        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(form, "Log member enquiry"),
            ("memberType", "MP"), ("memberName", "A Member"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"),
            ("howReceived", "Email"), ("owner", BotHarness.Manager), ("summary", "Asks about a delayed assessment"));

        var text = Text(reply.ReplacementCard!);
        Assert.Contains("Logged ME-2026-0001", text);
        Assert.Contains("Response due Monday 18 May — 10 working days", text);
    }

    [Fact]
    public async Task MemberEnquiryWithoutMemberNameIsRefusedBesideTheName()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.Manager, "log member enquiry"));
        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(form, "Log member enquiry"),
            ("memberType", "Councillor"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
            ("owner", BotHarness.Manager), ("summary", "kept"));

        var card = reply.ReplacementCard!;
        var body = card["body"]!.AsArray().ToList();
        var nameIndex = body.FindIndex(n => (string?)n!["id"] == "memberName");
        Assert.Equal("Attention", (string?)body[nameIndex + 1]!["color"]);
        Assert.Equal("kept", InputValue(card, "summary"));
        Assert.Equal("Councillor", InputValue(card, "memberType"));
    }

    [Fact]
    public async Task InformalRepresentationIsLogged()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log informal representation"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log representation"),
            ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Telephone"), ("owner", BotHarness.Manager));

        Assert.Contains("Logged IR-2026-0001", Text(reply.ReplacementCard!));
    }

    [Fact]
    public async Task ComplimentIsLoggedInAClick()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log compliment"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log compliment"),
            ("team", BotHarness.Team), ("category", "Communication"), ("source", "FosterCarer"), ("words", "Always calls back the same day."));

        var card = reply.ReplacementCard!;
        Assert.Contains("Logged CO-2026-0001", Text(card));
        Assert.Contains("Thank you", Text(card));
        var logged = await _bot.CaseAsync("CO-2026-0001");
        Assert.Equal("Always calls back the same day.", logged.Case.Compliment!.Words);
    }

    [Fact]
    public async Task LogAsComplimentPrefillsTheWordsInADialogThatSubmits()
    {
        var reply = await _bot.MessageActionAsync(BotHarness.SocialWorker, "Thank you for everything you did for our family.");

        var dialog = Assert.IsType<JsonObject>(reply.ReplacementCard);
        Assert.Equal("Thank you for everything you did for our family.", InputValue(dialog, "words"));
        var submit = Button(dialog, "Log compliment");
        Assert.Equal("Action.Submit", (string?)submit["type"]);

        var logged = await _bot.ClickAsync(BotHarness.SocialWorker, submit,
            ("team", BotHarness.Team), ("category", "Practice"), ("source", "ParentOrCarer"), ("words", "Thank you for everything you did for our family."));
        Assert.Null(logged.ReplacementCard); // the dialog closes
        Assert.Contains("Logged CO-2026-0001", Text(PostedCard(logged)));
    }

    [Fact]
    public async Task ComplimentWithoutWordsKeepsTheDialogOpenWithTheError()
    {
        var dialog = (await _bot.MessageActionAsync(BotHarness.SocialWorker, " ")).ReplacementCard!;
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(dialog, "Log compliment"),
            ("team", BotHarness.Team), ("category", "Practice"), ("source", "School"));

        Assert.Contains(AttentionTexts(reply.ReplacementCard!), t => t.Contains("The compliment's wording is required."));
    }
}
