using System.Text.Json.Nodes;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>A form that is not accepted shows every problem at once, each beside its field, in words with UK dates, and keeps
/// everything typed: the log forms, and the case card's sub-forms, which stay open.</summary>
public class FormErrorsTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    /// <summary>A complaint received Thursday 2 April 2026 about two concerns, as the manager sees it.</summary>
    private async Task<JsonObject> CaseCardAsync()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-04-02"), ("howReceived", "Email"),
            ("relationship", "Parent"), ("concerns", "Lack of communication,Unhappy with assessment"), ("owner", BotHarness.Manager));
        return PostedCard(await _bot.SayAsync(BotHarness.Manager, "case CC-2026-0001"));
    }

    [Fact]
    public async Task EveryProblemWithAResponseShowsAtOnceBesideItsFieldAndTheFormStaysOpenWithWhatWasTyped()
    {
        var card = await CaseCardAsync();

        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Record the response"),
            ("respond.respondedOn", "2026-03-01"), ("respond.concern.1", "Upheld"));

        var again = reply.ReplacementCard!;
        Assert.Equal(["The response date can't be before the date the complaint was received (2 April 2026)."], MarksBeside(again, "respond.respondedOn"));
        Assert.Equal(["Choose the overall outcome."], MarksBeside(again, "respond.outcome"));
        Assert.Equal(["A complaint response needs at least one resolution (e.g. apology, explanation given, no further action)."],
            MarksBeside(again, "respond.resolutions"));
        Assert.Equal(["Give an outcome for every concern: concern 2 (Unhappy with assessment) has none yet."], MarksAfterLast(again, "respond.concern."));
        Assert.Contains("Not done: 4 things to put right, marked below.", AttentionTexts(again));

        // Open on the card, not behind its button, with what was typed.
        var open = Assert.Single(again["body"]!.AsArray().OfType<JsonObject>(), n => (string?)n["type"] == "Container" && Input(n, "respond.respondedOn") is not null);
        Assert.Equal("2026-03-01", InputValue(open, "respond.respondedOn"));
        Assert.Equal("Upheld", InputValue(open, "respond.concern.1"));
        Assert.DoesNotContain(All(again), o => (string?)o["type"] == "Action.ShowCard" && (string?)o["title"] == "Record the response");
        Assert.Contains("The response date can't be before the date the complaint was received (2 April 2026).", Assert.Single(reply.Messages).Text);
        Assert.Equal("in progress", Core.Cases.Workflow.Describe((await _bot.CaseAsync("CC-2026-0001")).Case.Status));
    }

    [Fact]
    public async Task PuttingTheOpenFormRightRecordsTheResponse()
    {
        var refused = (await _bot.ClickAsync(BotHarness.Manager, Button(await CaseCardAsync(), "Record the response"),
            ("respond.respondedOn", "2026-04-20"), ("respond.outcome", "Upheld"), ("respond.resolutions", "Apology"), ("respond.concern.1", "Upheld"))).ReplacementCard!;

        var recorded = (await _bot.ClickAsync(BotHarness.Manager, Button(refused, "Record the response"),
            ("respond.respondedOn", "2026-04-20"), ("respond.outcome", "Upheld"), ("respond.resolutions", "Apology"),
            ("respond.concern.1", "Upheld"), ("respond.concern.2", "NotUpheld"))).ReplacementCard!;

        Assert.Contains("Response recorded on CC-2026-0001: responded to.", AttentionOrGood(recorded));
        Assert.Equal(2, (await _bot.CaseAsync("CC-2026-0001")).Case.Stages[0].ConcernOutcomes!.Count);
    }

    [Fact]
    public async Task TheResponseFormOffersOnlyFinalOutcomes()
    {
        var card = await CaseCardAsync();

        Assert.DoesNotContain("InProgress", Input(card, "respond.outcome")!["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.DoesNotContain("InProgress", Input(card, "respond.concern.1")!["choices"]!.AsArray().Select(c => (string?)c!["value"]));
    }

    [Fact]
    public async Task EveryProblemWithANewComplaintShowsAtOnceBesideItsFieldKeepingWhatWasTyped()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));

        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            ("kind", "CorporateComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-08"), ("howReceived", "Email"),
            ("owner", BotHarness.Manager), ("summary", "Visits cancelled without notice"));

        var again = reply.ReplacementCard!;
        Assert.Equal(["Choose who is complaining."], MarksBeside(again, "relationship"));
        Assert.Equal(["The date the complaint was received can't be in the future (8 May 2026)."], MarksBeside(again, "receivedOn"));
        Assert.Equal(["A complaint needs at least one concern (point of complaint) with a category."], MarksBeside(again, "concerns"));
        Assert.Equal("Not logged yet: 3 things to put right, marked below.", AttentionTexts(again).First());
        Assert.Equal(("CorporateComplaint", "2026-05-08", "Visits cancelled without notice", BotHarness.Manager),
            (InputValue(again, "kind"), InputValue(again, "receivedOn"), InputValue(again, "summary"), InputValue(again, "owner")));
        Assert.Null(await _bot.Store.FindByReferenceAsync("CP-2026-0001"));
    }

    [Fact]
    public async Task TheKindIsADropdownSoAnOlderCopyOfTheFormKeepsItsChoice()
    {
        // Web Chat keeps earlier cards in the chat and groups radio buttons by input id across all of them: a radio-button
        // kind on the refused copy would clear the kind chosen on the older copy.
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        (string, string)[] corporate = [("kind", "CorporateComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
            ("relationship", "Parent"), ("owner", BotHarness.Manager)];
        var refused = (await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), corporate)).ReplacementCard!;

        Assert.All(new[] { form, refused }, card => Assert.Equal("compact", (string?)Input(card, "kind")!["style"]));
        Assert.Equal("CorporateComplaint", InputValue(refused, "kind"));
        var logged = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), [.. corporate, ("concerns", "Finance")]);
        Assert.Contains("Logged CP-2026-0001", Text(logged.ReplacementCard!));
    }

    private static IEnumerable<string> AttentionOrGood(JsonObject card) =>
        All(card).Where(o => (string?)o["type"] == "TextBlock" && (string?)o["color"] is "Attention" or "Good").Select(o => (string)o["text"]!);
}
