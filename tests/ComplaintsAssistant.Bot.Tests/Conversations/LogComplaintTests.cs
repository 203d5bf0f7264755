using System.Text.Json.Nodes;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

public class LogComplaintTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private static readonly (string, string)[] Complete =
    [
        ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
        ("relationship", "Parent"), ("childComplainedDirectly", "false"), ("supportedByAdvocate", "false"),
        ("concerns", "Lack of communication,Unhappy with assessment"), ("owner", BotHarness.Manager), ("summary", "Visits cancelled without notice"),
    ];

    [Fact]
    public async Task FormDefaultsReceivedDateToTodayAndOffersCouncilTeams()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log a complaint"));
        Assert.Equal("2026-05-01", InputValue(form, "receivedOn"));
        Assert.Equal(BotHarness.Team, InputValue(form, "team"));
        Assert.Contains("Fostering", Input(form, "team")!["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.True((bool)Input(form, "concerns")!["isMultiSelect"]!);
        Assert.NotNull(Button(form, "Log complaint")["data"]!["formId"]);
    }

    [Fact]
    public async Task LoggingShowsReferenceAndDueDateInWordsAsReplacementCard()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), Complete);

        var card = Assert.IsType<JsonObject>(reply.ReplacementCard);
        // Received Friday 1 May 2026; day 1 is the next working day; Monday 4 May is the early May bank holiday.
        Assert.Contains("Logged CC-2026-0001", Text(card));
        Assert.Contains("Response due Monday 18 May — 10 working days", Text(card));
        Assert.Contains("due Monday 18 May — 10 working days", Assert.Single(reply.Messages).Text);
        var logged = await _bot.CaseAsync("CC-2026-0001");
        Assert.Equal(2, logged.Case.Concerns.Count);
        Assert.Equal(BotHarness.Manager, logged.Case.Stages[0].Owner);
    }

    [Fact]
    public async Task CorporateComplaintGetsItsOwnReference()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), [.. Complete, ("kind", "CorporateComplaint")]);
        Assert.Contains("Logged CP-2026-0001", Text(reply.ReplacementCard!));
    }

    [Fact]
    public async Task MissingConcernsAreShownOnTheFormWithTheUsersValuesKept()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), [.. Complete, ("concerns", "")]);

        var again = Assert.IsType<JsonObject>(reply.ReplacementCard);
        var attention = AttentionTexts(again).ToArray();
        Assert.Contains(attention, t => t.Contains("at least one concern"));
        Assert.Equal(2, attention.Length); // once at the top, once beside the concerns input
        Assert.Equal("Visits cancelled without notice", InputValue(again, "summary"));
        Assert.Equal("Parent", InputValue(again, "relationship"));
        Assert.Equal(BotHarness.Manager, InputValue(again, "owner"));
        Assert.Contains("Not logged yet", Assert.Single(reply.Messages).Text);
        Assert.Null(await _bot.Store.FindByReferenceAsync("CC-2026-0001"));
    }

    [Fact]
    public async Task FutureReceivedDateIsRefusedBesideTheDate()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), [.. Complete, ("receivedOn", "2026-05-08")]);

        var card = reply.ReplacementCard!;
        var body = card["body"]!.AsArray();
        var dateIndex = body.ToList().FindIndex(n => (string?)n!["id"] == "receivedOn");
        Assert.Equal("Attention", (string?)body[dateIndex + 1]!["color"]);
        Assert.Equal("The date the complaint was received can't be in the future (8 May 2026).", (string)body[dateIndex + 1]!["text"]!);
        Assert.Equal("2026-05-08", InputValue(card, "receivedOn"));
    }

    [Fact]
    public async Task UnknownTeamIsRefusedOnTheCard()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), [.. Complete, ("team", "Narnia")]);
        Assert.Contains(AttentionTexts(reply.ReplacementCard!), t => t.Contains("'Narnia' is not one of the council's teams"));
    }

    [Fact]
    public async Task SameFormSubmittedTwiceIsOneCase()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), Complete);
        var again = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), Complete);

        Assert.Contains("You've already logged this: CC-2026-0001", Text(again.ReplacementCard!));
        Assert.Null(await _bot.Store.FindByReferenceAsync("CC-2026-0002"));
    }

    /// <summary>A double click on a complaint for a team the person is not in (so they can't see its case): they
    /// logged it, so they are told so, with the case; someone else in the chat who clicks the same form and may not
    /// see the case only learns that another team has it.</summary>
    [Fact]
    public async Task AComplaintForAnotherTeamSubmittedTwiceIsTheirsToTheLoggerAndAnotherTeamsToOthers()
    {
        (string, string)[] fostering = [.. Complete, ("team", "Fostering"), ("owner", BotHarness.Officer)];
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var first = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), fostering);
        var again = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"), fostering);
        var someoneElse = await _bot.ClickAsync(BotHarness.Manager, Button(form, "Log complaint"), fostering);

        Assert.Contains("Logged CC-2026-0001", Text(first.ReplacementCard!));
        var card = again.ReplacementCard!;
        Assert.Equal("You've already logged this: CC-2026-0001", Texts(card).First());
        Assert.Contains("Team Fostering", Texts(card));
        Assert.Contains("Response due Monday 18 May — 10 working days", Text(card));
        Assert.Equal("You've already logged this: CC-2026-0001", Assert.Single(again.Messages).Text);
        Assert.Contains(AttentionTexts(someoneElse.ReplacementCard!), t => t.Contains("already been logged as a case by another team"));
        Assert.DoesNotContain("CC-2026", Text(someoneElse.ReplacementCard!));
        Assert.Null(await _bot.Store.FindByReferenceAsync("CC-2026-0002"));
    }
}
