using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

public class CaseActionTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private async Task<JsonObject> LoggedComplaintCardAsync(string viewer)
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "log complaint"));
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
            ("relationship", "Parent"), ("concerns", "Lack of communication,Unhappy with assessment"), ("owner", BotHarness.Manager));
        return PostedCard(await _bot.SayAsync(viewer, "case CC-2026-0001"));
    }

    [Fact]
    public async Task CaseCardShowsDueDateConcernsAndTheManagersActions()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var text = Text(card);
        Assert.Contains("Response due Monday 18 May — 10 working days", text);
        Assert.Contains("Lack of communication", text);
        Assert.Contains("Morgan Manager", text);
        var titles = Titles(card).ToArray();
        foreach (var title in new[] { "Record the response", "Extend", "Reassign", "Withdraw", "Add learning" }) Assert.Contains(title, titles);
        Assert.DoesNotContain("Request escalation", titles); // not until the stage is answered
    }

    [Fact]
    public async Task ExtendUpdatesTheCardInPlace()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Extend"),
            ("extend.totalWorkingDays", "20"), ("extend.ground", "Complex"), ("extend.reason", "Several agencies involved"), ("extend.agreed", "true"));

        var updated = Assert.IsType<JsonObject>(reply.ReplacementCard);
        // Monday 25 May is the spring bank holiday.
        Assert.Contains("Response due Tuesday 2 June — 20 working days", Text(updated));
        Assert.Contains("due Tuesday 2 June — 20 working days", Assert.Single(reply.Messages).Text);
        Assert.NotEqual((string?)Button(card, "Extend")["data"]!["version"], (string?)Button(updated, "Reassign")["data"]!["version"]);
    }

    [Fact]
    public async Task ExtensionBeyondTheMaximumIsRefusedOnTheCardKeepingTheValues()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Extend"),
            ("extend.totalWorkingDays", "30"), ("extend.ground", "Complex"), ("extend.reason", "Several agencies involved"));

        var again = reply.ReplacementCard!;
        Assert.Contains(AttentionTexts(again), t => t.Contains("beyond the maximum of 20 working days"));
        Assert.Equal("Several agencies involved", InputValue(again, "extend.reason"));
        Assert.Equal("30", InputValue(again, "extend.totalWorkingDays"));
        Assert.Contains("Response due Monday 18 May — 10 working days", Text(again));
    }

    [Fact]
    public async Task StaffAreNotOfferedExtendAndAreRefusedIfTheyTry()
    {
        var staffCard = await LoggedComplaintCardAsync(BotHarness.SocialWorker);
        Assert.DoesNotContain("Extend", Titles(staffCard));
        Assert.Contains("Add learning", Titles(staffCard));

        var managerCard = PostedCard(await _bot.SayAsync(BotHarness.Manager, "case CC-2026-0001"));
        var reply = await _bot.ClickAsync(BotHarness.SocialWorker, Button(managerCard, "Extend"),
            ("extend.totalWorkingDays", "20"), ("extend.ground", "Complex"), ("extend.reason", "Trying anyway"));

        Assert.Contains(AttentionTexts(reply.ReplacementCard!), t => t.Contains("Only the case owner, a manager or the complaints team"));
        Assert.False((await _bot.CaseAsync("CC-2026-0001")).Deadline!.Extended);
    }

    [Fact]
    public async Task StaleVersionShowsTheLatestCaseWithConflictNotice()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        await _bot.ClickAsync(BotHarness.Manager, Button(card, "Reassign"), ("reassign.owner", BotHarness.Officer));

        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Extend"),
            ("extend.totalWorkingDays", "20"), ("extend.ground", "Complex"), ("extend.reason", "Based on the old card"));

        var latest = reply.ReplacementCard!;
        Assert.Contains(AttentionTexts(latest), t => t.Contains("Someone else changed this case — here is the latest"));
        Assert.Contains("Olu Officer", Text(latest));
        Assert.False((await _bot.CaseAsync("CC-2026-0001")).Deadline!.Extended);
    }

    [Fact]
    public async Task RecordingTheResponseWithOutcomePerConcernThenEscalating()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var responded = (await _bot.ClickAsync(BotHarness.Manager, Button(card, "Record the response"),
            ("respond.outcome", "PartiallyUpheld"), ("respond.resolutions", "Apology,ExplanationGiven"),
            ("respond.concern.1", "Upheld"), ("respond.concern.2", "NotUpheld"))).ReplacementCard!;

        Assert.Contains("Lack of communication — upheld", Text(responded));
        Assert.Contains("Request escalation", Titles(responded));
        var stage = (await _bot.CaseAsync("CC-2026-0001")).Case.Stages[0];
        Assert.Equal(2, stage.ConcernOutcomes!.Count);

        var escalated = (await _bot.ClickAsync(BotHarness.Manager, Button(responded, "Request escalation"))).ReplacementCard!;
        Assert.Contains("awaiting a decision on escalation", Text(escalated));
    }

    [Fact]
    public async Task AtTheEndOfTheProcedureRequestEscalationGivesTheWayToTheOmbudsman()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var responded = (await _bot.ClickAsync(BotHarness.Manager, Button(card, "Record the response"),
            ("respond.outcome", "NotUpheld"), ("respond.resolutions", "ExplanationGiven"),
            ("respond.concern.1", "NotUpheld"), ("respond.concern.2", "NotUpheld"))).ReplacementCard!;
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(responded, "Request escalation"));
        await _bot.ChangeAsync(BotHarness.Officer, "CC-2026-0001", new RefuseEscalation(RefusalGround.CourtProceedings, "Care proceedings under way", new DateOnly(2026, 5, 1)));

        var closed = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "case CC-2026-0001"));

        var escalate = All(closed).Single(o => (string?)o["type"] == "Action.ShowCard" && (string?)o["title"] == "Request escalation");
        var answer = Text((JsonObject)escalate["card"]!);
        Assert.Contains("On 1 May 2026 the council decided not to progress the request for stage 2", answer);
        Assert.Contains("Local Government and Social Care Ombudsman (LGSCO)", answer);
        Assert.Contains("https://www.lgo.org.uk or 0300 061 0614", answer);
        Assert.DoesNotContain(All(escalate), o => (string?)o["type"] is "Action.Execute" or "Action.Submit"); // nothing to send: no stage is left
    }

    [Fact]
    public async Task ResponseWithoutResolutionIsRefusedOnTheCard()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var reply = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Record the response"), ("respond.outcome", "Upheld"));
        Assert.Contains(AttentionTexts(reply.ReplacementCard!), t => t.Contains("at least one resolution"));
    }

    [Fact]
    public async Task WithdrawNeedsAReason()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.Manager);
        var refused = await _bot.ClickAsync(BotHarness.Manager, Button(card, "Withdraw"));
        Assert.Contains(AttentionTexts(refused.ReplacementCard!), t => t.Contains("The reason for withdrawing is required."));

        var withdrawn = await _bot.ClickAsync(BotHarness.Manager, Button(refused.ReplacementCard!, "Withdraw"), ("withdraw.reason", "Resolved by phone"));
        Assert.Contains("withdrawn", Text(withdrawn.ReplacementCard!));
    }

    [Fact]
    public async Task LearningActionIsAddedListedAndMovedOn()
    {
        var card = await LoggedComplaintCardAsync(BotHarness.SocialWorker);
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(card, "Add learning"),
            ("learning.issue", "Visits cancelled without notice"), ("learning.lesson", "Give notice"), ("learning.action", "Text families"),
            ("learning.department", "Children in Care"), ("learning.owner", "Team manager"), ("learning.targetDate", "2026-07-31"));

        var list = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "learning"));
        Assert.Contains("Text families", Text(list));

        // Learning is everyone's job: the social worker who raised it may move it on.
        var started = (await _bot.ClickAsync(BotHarness.SocialWorker, Button(list, "Save"), ("l0.status", "InProgress"))).ReplacementCard!;
        Assert.Contains("is now in progress", Text(started));

        var managers = PostedCard(await _bot.SayAsync(BotHarness.Manager, "learning"));
        var refused = (await _bot.ClickAsync(BotHarness.Manager, Button(managers, "Save"), ("l0.status", "Completed"))).ReplacementCard!;
        Assert.Contains(AttentionTexts(refused), t => t.Contains("when completing a learning action"));

        var saved = (await _bot.ClickAsync(BotHarness.Manager, Button(managers, "Save"), ("l0.status", "Completed"), ("l0.reviewNote", "Families now get a text"))).ReplacementCard!;
        Assert.Contains("is now completed", Text(saved));
    }

    [Fact]
    public async Task MyCasesListsOwnCasesAndTeamCasesForManagers()
    {
        await LoggedComplaintCardAsync(BotHarness.Manager);
        var managers = PostedCard(await _bot.SayAsync(BotHarness.Manager, "my cases"));
        Assert.Contains("CC-2026-0001", Text(managers));
        Assert.Contains("View CC-2026-0001", Titles(managers));

        var staff = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "my cases"));
        Assert.Contains("You have no open cases.", Text(staff));
        Assert.DoesNotContain("Your teams' open cases", Text(staff));

        var viewed = await _bot.ClickAsync(BotHarness.Manager, Button(managers, "View CC-2026-0001"));
        Assert.Contains("CC-2026-0001", Text(PostedCard(viewed)));
    }

    [Fact]
    public async Task UnknownCaseIsNotFoundPolitely()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, "case CC-2026-0404"));
        Assert.Contains("Case not found", Text(card));
    }
}
