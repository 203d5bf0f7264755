using System.Text.Json.Nodes;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>What the confirmation, case and learning cards say: concerns numbered once, a late case never in the "good"
/// colour, people by name, and the acknowledgement as a change on the case card.</summary>
public sealed class CaseCardContentTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    /// <summary>Logs a complaint as a social worker and returns the confirmation card.</summary>
    private async Task<JsonObject> LogAsync(string kind = "StatutoryComplaint", string receivedOn = "2026-05-01")
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            ("kind", kind), ("team", BotHarness.Team), ("receivedOn", receivedOn), ("howReceived", "Email"),
            ("relationship", "Parent"), ("concerns", "Lack of communication,Unhappy with assessment"), ("owner", BotHarness.Manager));
        return reply.ReplacementCard ?? PostedCard(reply);
    }

    private async Task<JsonObject> CaseCardAsync(string viewer, string reference = "CC-2026-0001") =>
        PostedCard(await _bot.SayAsync(viewer, $"case {reference}"));

    [Fact]
    public async Task ConcernsAreOneNumberedListNotAFactTitledWithEachNumber()
    {
        await LogAsync();
        var card = await CaseCardAsync(BotHarness.Manager);

        // Teams and Web Chat draw "1. …\r2. …" as one list numbered 1, 2; a fact titled "2." is a list of its own
        // that renderers draw as "1.".
        Assert.Contains("1. Lack of communication\r2. Unhappy with assessment", Texts(card));
        Assert.DoesNotContain(All(card), o => (string?)o["title"] is "1." or "2.");
    }

    [Fact]
    public async Task TheConcernListCarriesEachConcernsOutcomeOnceAnswered()
    {
        await LogAsync();
        var responded = (await _bot.ClickAsync(BotHarness.Manager, Button(await CaseCardAsync(BotHarness.Manager), "Record the response"),
            ("respond.outcome", "PartiallyUpheld"), ("respond.resolutions", "Apology"),
            ("respond.concern.1", "Upheld"), ("respond.concern.2", "NotUpheld"))).ReplacementCard!;

        Assert.Contains("1. Lack of communication — upheld\r2. Unhappy with assessment — not upheld", Texts(responded));
    }

    [Fact]
    public async Task AComplaintLoggedAfterItsDueDateIsConfirmedAsOverdueNotInGreen()
    {
        // Received on Monday 2 March: 10 working days ran out on Monday 16 March; today is Friday 1 May.
        var confirmation = await LogAsync(receivedOn: "2026-03-02");

        Assert.Contains("Response due Monday 16 March — 10 working days — overdue", AttentionTexts(confirmation));
        Assert.DoesNotContain(All(confirmation), o => (string?)o["color"] == "Good");
    }

    [Fact]
    public async Task AComplaintInTimeIsConfirmedInGreen()
    {
        var confirmation = await LogAsync();

        var due = Assert.Single(All(confirmation), o => ((string?)o["text"])?.StartsWith("Response due", StringComparison.Ordinal) == true);
        Assert.Equal("Response due Monday 18 May — 10 working days", (string?)due["text"]);
        Assert.Equal("Good", (string?)due["color"]);
    }

    [Fact]
    public async Task LearningActionsShowTheirOwnerByName()
    {
        await LogAsync();
        var card = await CaseCardAsync(BotHarness.Manager);
        await _bot.ClickAsync(BotHarness.Manager, Button(card, "Add learning"),
            ("learning.issue", "Visits cancelled without notice"), ("learning.lesson", "Give notice"), ("learning.action", "Text families"),
            ("learning.department", "Children in Care"), ("learning.owner", BotHarness.Manager), ("learning.targetDate", "2026-07-31"));
        var latest = await CaseCardAsync(BotHarness.Manager);
        await _bot.ClickAsync(BotHarness.Manager, Button(latest, "Add learning"),
            ("learning.issue", "Assessment not shared"), ("learning.lesson", "Share it"), ("learning.action", "Send assessments"),
            ("learning.department", "Children in Care"), ("learning.owner", "Team manager"), ("learning.targetDate", "2026-08-31"));

        var list = PostedCard(await _bot.SayAsync(BotHarness.Officer, "learning"));

        Assert.Contains(Texts(list), t => t.Contains("owner Morgan Manager ·"));
        Assert.Contains(Texts(list), t => t.Contains("owner Team manager ·"));
        Assert.DoesNotContain(BotHarness.Manager, Text(list));
        var updated = (await _bot.ClickAsync(BotHarness.Officer, Button(list, "Save"), ("l0.status", "InProgress"))).ReplacementCard!;
        Assert.Contains(Texts(updated), t => t.Contains("owner Morgan Manager ·"));
    }

    [Fact]
    public async Task TheCaseCardOffersAcknowledgeWithTodayAndRecordsIt()
    {
        await LogAsync();
        var card = await CaseCardAsync(BotHarness.Manager);
        Assert.Equal("2026-05-01", InputValue(card, "acknowledge.acknowledgedOn"));

        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Acknowledge"), ("acknowledge.acknowledgedOn", "2026-05-01"));

        var acknowledged = reply.ReplacementCard!;
        Assert.Contains("Acknowledged Friday 1 May 2026", Texts(acknowledged));
        Assert.DoesNotContain("Acknowledge", Titles(acknowledged));
        Assert.StartsWith("CC-2026-0001 acknowledged", Assert.Single(reply.Messages).Text);
        Assert.Equal(new DateOnly(2026, 5, 1), (await _bot.CaseAsync("CC-2026-0001")).Case.Stages[0].AcknowledgedOn);
    }

    [Fact]
    public async Task WhereTheResponseCountsFromTheAcknowledgementTheCardShowsTheNewDueDate()
    {
        // A corporate complaint counts its 10 working days from the acknowledgement, provisionally from the day it is due
        // (5 working days after receipt: Monday 11 May, as Monday 4 May is a bank holiday).
        await LogAsync(kind: "CorporateComplaint");
        var card = await CaseCardAsync(BotHarness.Manager, "CP-2026-0001");
        Assert.Contains("Response due Tuesday 26 May — 10 working days", Texts(card));

        var acknowledged = (await _bot.ClickAsync(BotHarness.Manager, Button(card, "Acknowledge"), ("acknowledge.acknowledgedOn", "2026-05-01"))).ReplacementCard!;

        Assert.Contains("Response due Monday 18 May — 10 working days", Texts(acknowledged));
    }

    [Fact]
    public async Task AnAcknowledgementDatedTomorrowIsRefusedOnTheCardKeepingTheDate()
    {
        await LogAsync();
        var card = await CaseCardAsync(BotHarness.Manager);

        var refused = (await _bot.ClickAsync(BotHarness.Manager, Button(card, "Acknowledge"), ("acknowledge.acknowledgedOn", "2026-05-02"))).ReplacementCard!;

        Assert.NotEmpty(AttentionTexts(refused));
        Assert.Equal("2026-05-02", InputValue(refused, "acknowledge.acknowledgedOn"));
        Assert.Null((await _bot.CaseAsync("CC-2026-0001")).Case.Stages[0].AcknowledgedOn);
    }

    [Fact]
    public async Task AnOlderCardCannotAcknowledgeTwice()
    {
        await LogAsync();
        var card = await CaseCardAsync(BotHarness.Manager);
        await _bot.ClickAsync(BotHarness.Manager, Button(card, "Acknowledge"), ("acknowledge.acknowledgedOn", "2026-05-01"));
        var latest = await CaseCardAsync(BotHarness.Officer);
        Assert.DoesNotContain("Acknowledge", Titles(latest));

        // The same button on a copy of the card read before: the case has changed since, and nothing is saved twice.
        var again = (await _bot.ClickAsync(BotHarness.Manager, Button(card, "Acknowledge"), ("acknowledge.acknowledgedOn", "2026-04-30"))).ReplacementCard!;

        Assert.NotEmpty(AttentionTexts(again));
        Assert.Equal(new DateOnly(2026, 5, 1), (await _bot.CaseAsync("CC-2026-0001")).Case.Stages[0].AcknowledgedOn);
    }
}
