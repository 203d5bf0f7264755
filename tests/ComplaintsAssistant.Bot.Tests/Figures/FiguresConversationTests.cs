using ComplaintsAssistant.Bot.Tests.Conversations;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Figures;

/// <summary>Asking the bot for figures, with the clock on Wednesday 20 May 2026. This year (2026/27): Children in Care
/// answered one stage 1 in 5 working days, Fostering one in 19; a Children in Care complaint is overdue. The same
/// period of 2025/26: Children in Care answered three, one on time.</summary>
public sealed class FiguresConversationTests : IDisposable
{
    private readonly BotHarness _bot = new(now: new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));

    public FiguresConversationTests()
    {
        Answered("Children in Care", new(2026, 4, 1), new(2026, 4, 10));
        Answered("Fostering", new(2026, 4, 1), new(2026, 4, 30));
        Answered("Children in Care", new(2025, 4, 2), new(2025, 4, 8));
        Answered("Children in Care", new(2025, 4, 2), new(2025, 5, 30));
        Answered("Children in Care", new(2025, 4, 3), new(2025, 6, 30));
        Add(Log(new NewCase(CaseKind.StatutoryComplaint, new(2026, 4, 1), HowReceived.Email, "Children in Care", "dev-manager",
            new Complainant(ComplainantRelationship.Parent, Name: "Pat Parent"), [], ["Lack of communication"])));
        Add(Log(new NewCase(CaseKind.Compliment, new(2026, 5, 4), HowReceived.Email, "Children in Care",
            Compliment: new ComplimentDetails("Child focus", ComplimentSource.YoungPerson, "She listened to me."))));
    }

    public void Dispose() => _bot.Dispose();

    private int _number;

    private Case Log(NewCase input) =>
        Case.Log(input, $"{input.Kind.ReferencePrefix()}-2026-{++_number:0000}", Guid.NewGuid(), "dev-officer", _bot.Time.GetUtcNow(), ClockRules.Default).Value;

    private void Add(Case subject) =>
        _bot.Store.AddAsync(subject, CaseIndex.Of(subject, ClockRules.Default)).GetAwaiter().GetResult();

    private void Answered(string team, DateOnly receivedOn, DateOnly respondedOn)
    {
        var subject = Log(new NewCase(CaseKind.StatutoryComplaint, receivedOn, HowReceived.Email, team, "dev-manager",
            new Complainant(ComplainantRelationship.Parent, Name: "Pat Parent"), [], ["Lack of communication"]));
        Assert.True(subject.RecordResponse(new StageResponse(respondedOn, Outcome.Upheld, [Resolution.Apology], [new ConcernOutcome(1, Outcome.Upheld)]),
            "dev-manager", _bot.Time.GetUtcNow()).Succeeded);
        Add(subject);
    }

    [Fact]
    public async Task FiguresShowsTheMenuWithAButtonForEveryFigure()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, "figures"));

        Assert.Contains("Figures", Text(card));
        foreach (var title in new[] { "Stage 1 on time", "Complaints by team", "Overdue now", "Compliments from young people", "Ombudsman enquiries" })
            Assert.Contains(title, Titles(card));
    }

    [Fact]
    public async Task AnOfficerSeesStageOneOnTimeWithLastYearAndTheChange()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, "stage 1 on time this year"));
        var text = Text(card);

        Assert.Contains("Stage 1 statutory complaints responded to within 10 working days", text);
        Assert.Contains("2026/27 · all teams", text);
        Assert.Contains("50%", text);
        Assert.Contains("Out of 2 answered.", text);
        Assert.Contains("Same period a year earlier (2025/26) 33%", text);
        Assert.Contains("Change Up 17 percentage points on 2025/26", text);
        // The fallback carries the chart's numbers for clients that draw no charts.
        Assert.Contains("Within 10 working days 1 (50%)", text);
        Assert.Contains("11–20 working days 1 (50%)", text);
    }

    [Fact]
    public async Task AManagerSeesTheirTeamsFiguresOnly()
    {
        var text = Text(PostedCard(await _bot.SayAsync(BotHarness.Manager, "stage 1 on time this year")));

        Assert.Contains("2026/27 · your team (Children in Care)", text);
        Assert.Contains("100%", text);
        Assert.Contains("Out of 1 answered.", text);
    }

    [Fact]
    public async Task AnOfficerSeesEveryTeamAndStaffOnlyTheirsWithNoCaseReferences()
    {
        var officer = Text(PostedCard(await _bot.SayAsync(BotHarness.Officer, "complaints by team this year")));
        var staff = Text(PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "complaints by team this year")));

        Assert.Contains("Fostering 1", officer);
        Assert.Contains("Children in Care 2", officer);
        Assert.DoesNotContain("Fostering", staff);
        Assert.Contains("Children in Care 2 (100%)", staff);
        Assert.DoesNotContain("CC-2026", staff);
        Assert.DoesNotContain("Pat Parent", officer + staff);
    }

    [Fact]
    public async Task OverdueIsAsAtTodayWithNoYearEarlier()
    {
        var text = Text(PostedCard(await _bot.SayAsync(BotHarness.Officer, "overdue")));

        Assert.Contains("Open cases past their due date", text);
        Assert.Contains("As at Wed 20 May", text);
        Assert.Contains("Children in Care 1 (100%)", text);
        Assert.DoesNotContain("year earlier", text);
    }

    [Fact]
    public async Task ComplimentsFromYoungPeopleAreCountedWithSmallNumbersHidden()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "compliments from young people this month"));
        var text = Text(card);

        Assert.Contains("Compliments from young people, by team", text);
        Assert.Contains("fewer than 5\nFewer than 5 in all.", text);
        Assert.Contains("Children in Care fewer than 5", text);
        Assert.Contains("Change Not shown against May 2025: the numbers are small", text);
        Assert.DoesNotContain("Children in Care 1", text);
        Assert.DoesNotContain(All(card), o => ((string?)o["type"])?.StartsWith("Chart.", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("She listened to me", text);
    }

    public static TheoryData<string, string> Questions()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in FigureQuestionTests.Phrasings) data.Add((string)row[0], (string)row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task EveryQuestionInTheTableIsAnsweredWithItsFigure(string question, string figureId)
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Manager, question));
        var label = FigureCatalogue.Find(figureId)?.Label ?? OpenWorkFigures.Label(figureId);
        Assert.Equal(label, Texts(card).First());
    }

    public static TheoryData<string, string, string> TeamQuestions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in FigureQuestionTests.TeamPhrasings) data.Add((string)row[0], (string)row[1], (string)row[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(TeamQuestions))]
    public async Task EveryQuestionAboutOneTeamIsAnsweredForThatTeam(string question, string figureId, string team)
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, question));
        var label = FigureCatalogue.Find(figureId)?.Label ?? OpenWorkFigures.Label(figureId);
        Assert.Equal(label, Texts(card).First());
        Assert.EndsWith($" · {team}", Texts(card).ElementAt(1));
    }

    [Fact]
    public async Task AnOfficerAsksAboutOneTeamAndTheOtherPeriodsKeepToIt()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, "complaints about the Children in Care team since April"));
        Assert.Contains("1 April to 20 May 2026 · Children in Care", Text(card));
        Assert.Contains("Children in Care 2 (100%)", Text(card));
        Assert.DoesNotContain("Fostering", Text(card));

        var year = PostedCard(await _bot.SayAsync(BotHarness.Officer, "stage 1 on time for childen in care this year"));
        var previous = (await _bot.ClickAsync(BotHarness.Officer, Button(year, "Previous period"))).ReplacementCard!;
        Assert.Contains("2025/26 · Children in Care", Text(previous));
        Assert.Contains("Out of 3 answered.", Text(previous));
    }

    [Fact]
    public async Task AManagerAskingAboutAnotherTeamIsToldTheyCanSeeTheirOwnOnly()
    {
        var text = Text(PostedCard(await _bot.SayAsync(BotHarness.Manager, "stage 1 on time for Fostering this year")));

        Assert.Contains("Not one of your teams", text);
        Assert.Contains("You can see figures for your own teams only (Children in Care), not Fostering's.", text);
        Assert.DoesNotContain("%", text);
    }

    [Fact]
    public async Task AButtonNamingAnotherTeamShowsAManagerNothingOfIt()
    {
        var reply = await _bot.ClickAsync(BotHarness.Manager, ComplaintsAssistant.Bot.Cards.Verbs.FigureShow,
            new System.Text.Json.Nodes.JsonObject { ["figure"] = "statutory.stage1.within_10_wd", ["periodKind"] = "FinancialYear", ["from"] = "2026-04-01", ["to"] = "2027-03-31", ["team"] = "Fostering" });
        Assert.Contains("Not one of your teams", Text(PostedCard(reply)));
    }

    [Fact]
    public async Task WordsThatFitTwoTeamsAskWhichAndTheAnswerIsForTheOneChosen()
    {
        var choice = PostedCard(await _bot.SayAsync(BotHarness.Officer, "complaints for the care team this year"));
        Assert.Contains("Did you mean…", Text(choice));
        Assert.Contains("Care Leavers", Titles(choice));

        var answer = PostedCard(await _bot.ClickAsync(BotHarness.Officer, Button(choice, "Children in Care")));
        Assert.Contains("2026/27 · Children in Care", Text(answer));
        Assert.Contains("Children in Care 2 (100%)", Text(answer));
    }

    private static string Url(System.Text.Json.Nodes.JsonObject card, string title) =>
        (string)All(card).Single(o => (string?)o["type"] == "Action.OpenUrl" && (string?)o["title"] == title)["url"]!;

    [Fact]
    public async Task AnAnswerOffersItsFigureByTeamAsCsvAndTheReportThroughLinksForThePersonAsking()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, "stage 1 on time this year"));

        Assert.Contains("By team", Titles(card));
        Assert.StartsWith("https://complaints.example.gov.uk/figures/statutory.stage1.within_10_wd.csv?kind=FinancialYear&from=2026-04-01&to=2027-03-31&viewer=dev-officer",
            Url(card, "Download CSV"), StringComparison.Ordinal);
        Assert.StartsWith("https://complaints.example.gov.uk/figures/report?kind=FinancialYear&from=2026-04-01&to=2027-03-31", Url(card, "Open the report"), StringComparison.Ordinal);
        Assert.Contains("&sig=", Url(card, "Download CSV"));
    }

    [Fact]
    public async Task ByTeamShowsAnOfficerEveryTeamAndAManagerTheirOwn()
    {
        var officer = PostedCard(await _bot.SayAsync(BotHarness.Officer, "stage 1 on time this year"));
        var officers = Text(PostedCard(await _bot.ClickAsync(BotHarness.Officer, Button(officer, "By team"))));
        var manager = PostedCard(await _bot.SayAsync(BotHarness.Manager, "stage 1 on time this year"));
        var managers = Text(PostedCard(await _bot.ClickAsync(BotHarness.Manager, Button(manager, "By team"))));

        Assert.Contains("Stage 1 statutory complaints responded to within 10 working days, by team", officers);
        Assert.Contains("Children in Care 100% (a year earlier: 33%)", officers);
        Assert.Contains("Fostering 0% (a year earlier: No figure: nothing to count)", officers);
        Assert.Contains("Adoption No figure: nothing to count", officers);
        Assert.Contains("Children in Care 100% (a year earlier: 33%)", managers);
        Assert.DoesNotContain("Fostering", managers);
    }

    [Fact]
    public async Task StaffGetNoByTeamAndAFigureByTeamAlreadyHasNone()
    {
        var staff = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "stage 1 on time this year"));
        var byTeam = PostedCard(await _bot.SayAsync(BotHarness.Officer, "complaints by team this year"));

        Assert.DoesNotContain("By team", Titles(staff));
        Assert.Contains("Download CSV", Titles(staff));
        Assert.DoesNotContain("By team", Titles(byTeam));
    }

    [Fact]
    public async Task AQuestionNotUnderstoodGetsTheMenuWithCloseMatches()
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.Officer, "stage 1 please"));

        Assert.Contains("Sorry, I couldn't tell which figure you meant.", Text(card));
        Assert.Contains("Did you mean…", Text(card));
        Assert.Contains("stage 1 on time this year", Titles(card));
        Assert.Contains("Stage 1 on time", Titles(card)); // the whole menu follows: never a dead end
    }

    [Fact]
    public async Task AMenuButtonAnswersAndTheAnswerMovesToThePreviousPeriodInPlace()
    {
        var menu = PostedCard(await _bot.SayAsync(BotHarness.Officer, "figures"));
        var answer = PostedCard(await _bot.ClickAsync(BotHarness.Officer, Button(menu, "Stage 1 on time")));
        Assert.Contains("2026/27 · all teams", Text(answer));
        Assert.DoesNotContain("Next period", Titles(answer)); // 2027/28 has not started

        var previous = await _bot.ClickAsync(BotHarness.Officer, Button(answer, "Previous period"));
        var redrawn = Assert.IsType<System.Text.Json.Nodes.JsonObject>(previous.ReplacementCard);
        Assert.Contains("2025/26 · all teams", Text(redrawn));
        Assert.Contains("33%", Text(redrawn));
        Assert.Contains("Next period", Titles(redrawn));
    }

    [Fact]
    public async Task AButtonWithABrokenPeriodGetsTheMenu()
    {
        var reply = await _bot.ClickAsync(BotHarness.Officer, ComplaintsAssistant.Bot.Cards.Verbs.FigureShow,
            new System.Text.Json.Nodes.JsonObject { ["figure"] = "statutory.stage1.within_10_wd", ["periodKind"] = "FinancialYear", ["from"] = "2026-04-01", ["to"] = "nonsense" });
        Assert.Contains("Sorry, I couldn't tell which figure you meant.", Text(PostedCard(reply)));
    }
}
