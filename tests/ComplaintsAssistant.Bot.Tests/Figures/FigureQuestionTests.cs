using ComplaintsAssistant.Bot.Figures;

namespace ComplaintsAssistant.Bot.Tests.Figures;

/// <summary>Real phrasings, misspellings included, read against Wednesday 20 May 2026 (financial year 2026/27, Q1).</summary>
public class FigureQuestionTests
{
    public static readonly DateOnly Today = new(2026, 5, 20);

    /// <summary>Every question of issue 15, and the ways people type them. Shared with the conversation tests.</summary>
    public static TheoryData<string, string, string, string> Phrasings => new()
    {
        { "stage 1 on time this year", "statutory.stage1.within_10_wd", "2026-04-01", "2027-03-31" },
        { "Stage 1 on time", "statutory.stage1.within_10_wd", "2026-04-01", "2027-03-31" },
        { "how many stage 1s were late this quarter?", "statutory.stage1.within_10_wd", "2026-04-01", "2026-06-30" },
        { "stage one on tiem last year", "statutory.stage1.within_10_wd", "2025-04-01", "2026-03-31" },
        { "stage1 timeliness 2024/25", "statutory.stage1.within_10_wd", "2024-04-01", "2025-03-31" },
        { "stage 1 on time ytd", "statutory.stage1.within_10_wd", "2026-04-01", "2026-05-20" },
        { "stage 2 on time in 2024-25", "statutory.stage2.within_25_wd", "2024-04-01", "2025-03-31" },
        { "stage 3 within timescales", "statutory.stage3.within_30_wd", "2026-04-01", "2027-03-31" },
        { "complaints by team last quarter", "statutory.complaints.by_team", "2026-01-01", "2026-03-31" },
        { "complaints about the Children in Care team since April", "statutory.complaints.by_team", "2026-04-01", "2026-05-20" },
        { "complaints by teem 24/25", "statutory.complaints.by_team", "2024-04-01", "2025-03-31" },
        { "overdue", "open.overdue", "2026-05-20", "2026-05-20" },
        { "whats overdeu?", "open.overdue", "2026-05-20", "2026-05-20" },
        { "due this week", "open.due_this_week", "2026-05-20", "2026-05-20" },
        { "compliments this month", "compliments.by_team", "2026-05-01", "2026-05-31" },
        { "complements this month", "compliments.by_team", "2026-05-01", "2026-05-31" },
        { "compliments in june", "compliments.by_team", "2025-06-01", "2025-06-30" },
        { "compliments from young people", "compliments.from_young_people", "2026-04-01", "2027-03-31" },
        { "compliments from children last year", "compliments.from_young_people", "2025-04-01", "2026-03-31" },
        { "compliments by source in May", "compliments.by_source", "2026-05-01", "2026-05-31" },
        { "how many MP enquiries in 2024/25", "member_enquiries.by_type", "2024-04-01", "2025-03-31" },
        { "councillor enquiries last month", "member_enquiries.by_type", "2026-04-01", "2026-04-30" },
        { "outcomes by concern", "statutory.concerns.outcomes", "2026-04-01", "2027-03-31" },
        { "concern outcomes since january", "statutory.concerns.outcomes", "2026-01-01", "2026-05-20" },
        { "learning actions overdue", "learning.overdue", "2026-05-20", "2026-05-20" },
        { "how many complaints had an advocate", "statutory.complaints.with_advocate", "2026-04-01", "2027-03-31" },
        { "complaints with advocates last year", "statutory.complaints.with_advocate", "2025-04-01", "2026-03-31" },
        { "Ombudsman this year", "ombudsman.enquiries.by_team", "2026-04-01", "2027-03-31" },
        { "ombudsmen in march", "ombudsman.enquiries.by_team", "2026-03-01", "2026-03-31" },
        { "LGSCO Q2", "ombudsman.enquiries.by_team", "2026-07-01", "2026-09-30" },
        { "concerns by category this year", "statutory.concerns.by_category", "2026-04-01", "2027-03-31" },
    };

    private static readonly IReadOnlyList<string> Teams = ComplaintsAssistant.Core.Council.CouncilVocabulary.Default.Teams;

    /// <summary>Questions about one of the council's teams, as typed. Shared with the conversation tests.</summary>
    public static TheoryData<string, string, string, string, string> TeamPhrasings => new()
    {
        { "complaints about the Children in Care team since April", "statutory.complaints.by_team", "Children in Care", "2026-04-01", "2026-05-20" },
        { "stage 1 on time for Fostering this year", "statutory.stage1.within_10_wd", "Fostering", "2026-04-01", "2027-03-31" },
        { "Stage 1 on time for fostring last year", "statutory.stage1.within_10_wd", "Fostering", "2025-04-01", "2026-03-31" },
        { "complaints children in care", "statutory.complaints.by_team", "Children in Care", "2026-04-01", "2027-03-31" },
        { "complaints about childen in care this month", "statutory.complaints.by_team", "Children in Care", "2026-05-01", "2026-05-31" },
        { "compliments for the Children in Care team", "compliments.by_team", "Children in Care", "2026-04-01", "2027-03-31" },
        { "CHILD PROTECTION complaints last quarter", "statutory.complaints.by_team", "Child Protection", "2026-01-01", "2026-03-31" },
        { "overdue in the adoption team", "open.overdue", "Adoption", "2026-05-20", "2026-05-20" },
        { "how many complaints did the leavers team get in 2024/25", "statutory.complaints.by_team", "Care Leavers", "2024-04-01", "2025-03-31" },
        { "disabled children stage 2 on time", "statutory.stage2.within_25_wd", "Disabled Children", "2026-04-01", "2027-03-31" },
    };

    [Theory]
    [MemberData(nameof(TeamPhrasings))]
    public void AQuestionAboutOneTeamIsReadWithTheCouncilsSpellingOfIt(string text, string figureId, string team, string from, string to)
    {
        var question = FigureQuestion.Read(text, Today, Teams);

        Assert.Equal((figureId, team), (question.Answer?.FigureId, question.Team));
        if (!FigureTopics.IsAsAtToday(figureId))
            Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
                (question.Period.From, question.Period.To));
    }

    [Theory]
    [InlineData("complaints for the care team this year", "Care Leavers", "Children in Care")]
    [InlineData("stage 1 on time children team", "Children in Care", "Disabled Children")]
    public void WordsThatFitSeveralTeamsAskWhichWasMeant(string text, string first, string second)
    {
        var question = FigureQuestion.Read(text, Today, Teams);

        Assert.NotNull(question.Answer);
        Assert.Null(question.Team);
        Assert.Equal([first, second], question.TeamCandidates!.Order());
    }

    [Theory]
    [InlineData("compliments from children last year", "compliments.from_young_people")]
    [InlineData("complaints by team last quarter", "statutory.complaints.by_team")]
    public void AQuestionNamingNoTeamIsAboutEveryTeam(string text, string figureId)
    {
        var question = FigureQuestion.Read(text, Today, Teams);
        Assert.Equal((figureId, (string?)null, (IReadOnlyList<string>?)null), (question.Answer?.FigureId, question.Team, question.TeamCandidates));
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void AQuestionIsReadAsAFigureAndAPeriod(string text, string figureId, string from, string to)
    {
        var question = FigureQuestion.Read(text, Today);

        Assert.Equal(figureId, question.Answer?.FigureId);
        if (!FigureTopics.IsAsAtToday(figureId))
            Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
                (question.Period.From, question.Period.To));
        Assert.True(FigureQuestion.IsAbout(text, Today));
    }

    [Theory]
    [InlineData("stage 1", "statutory.stage1.within_10_wd")]
    [InlineData("timeliness", "statutory.stage1.within_10_wd")]
    [InlineData("learning", null)] // a command of its own, never a figures question
    public void AnUnfinishedQuestionComesCloseToTheFiguresItCouldMean(string text, string? closest)
    {
        var question = FigureQuestion.Read(text, Today);
        Assert.Null(question.Answer);
        if (closest is not null) Assert.Equal(closest, question.CloseMatches[0].FigureId);
    }

    [Theory]
    [InlineData("what's the weather like?")]
    [InlineData("thanks")]
    [InlineData("hello there")]
    public void ChatThatIsNotAboutFiguresIsLeftAlone(string text) => Assert.False(FigureQuestion.IsAbout(text, Today));

    [Theory]
    [InlineData("how many?")]
    [InlineData("numbers for last quarter")]
    public void AQuestionNamingNoFigureIsStillAboutFigures(string text)
    {
        Assert.True(FigureQuestion.IsAbout(text, Today));
        Assert.Null(FigureQuestion.Read(text, Today).Answer);
    }
}
