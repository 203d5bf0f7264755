using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.FigureLinks;
using ComplaintsAssistant.Bot.Figures;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Answers with figures for the person asking (the core limits them to the teams they may see) or, for a
/// question not understood, the menu with the closest figures.</summary>
public sealed class FigureAnswers(FiguresService figures, CouncilVocabulary council, FigureLinkSigner links, TimeProvider clock)
{
    public DateOnly Today => UkDate.On(clock.GetUtcNow());

    /// <summary>The council's teams, which a question may name.</summary>
    public IReadOnlyList<string> Teams => council.Teams;

    /// <param name="team">One team's figure (one of the council's teams); null for every team the person sees.</param>
    public async Task<TurnReply> AnswerAsync(TurnContext context, string figureId, ReportingPeriod period, string? team, CancellationToken cancellationToken)
    {
        if (team is not null && !FiguresService.MaySee(context.Actor, team)) return NotYourTeam(context, team);
        if (await figures.CompareAsync(context.Actor, figureId, period, team: team, cancellationToken: cancellationToken) is not { } answer)
            return Menu(context, []);
        var asAtToday = FigureTopics.IsAsAtToday(figureId);
        var next = period.Next();
        var card = FigureCard.Build(answer, team ?? Scope(context), asAtToday ? null : PreviousOf(period), asAtToday || next.From > Today ? null : next, team,
            asAtToday ? null : new FigureCard.Links(
                team is null && FiguresService.MayCompareTeams(context.Actor) && !figureId.EndsWith(".by_team", StringComparison.Ordinal),
                links.Link(figureId, period, team, context.Actor.Id),
                links.Link(FigureLink.Report, period, team, context.Actor.Id)));
        return Replies.Show(context, card, $"{answer.Current.Label}, {answer.Current.Period.Label}.");
    }

    /// <summary>"By team": the figure for each team the person may compare; staff are told it is for managers and the complaints team.</summary>
    public async Task<TurnReply> ByTeamAsync(TurnContext context, string figureId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        if (!FiguresService.MayCompareTeams(context.Actor))
            return Replies.NewCard(NoticeCard.Build("Figures by team", "Teams side by side are for managers and the complaints team. "
                + "Ask for a figure to see your team's.", problem: true));
        if (await figures.ByTeamAsync(context.Actor, figureId, period, council.Teams, cancellationToken) is not { } teams) return Menu(context, []);
        var label = FigureCatalogue.Find(figureId)?.Label ?? OpenWorkFigures.Label(figureId);
        return Replies.NewCard(FigureByTeamCard.Build(label, period, Scope(context), teams));
    }

    /// <summary>"Which team?" when the words fit several of the council's teams.</summary>
    public TurnReply ChooseTeam(string figureId, ReportingPeriod period, IReadOnlyList<string> teams) =>
        Replies.NewCard(FigureTeamChoiceCard.Build(figureId, FigureTopics.ForFigure(figureId)?.Title ?? figureId, period, teams));

    /// <summary>The council's own spelling of a team a button carries; null when it is not one of its teams.</summary>
    public string? KnownTeam(string? team) =>
        team is null ? null : council.Teams.FirstOrDefault(t => string.Equals(t, team.Trim(), StringComparison.OrdinalIgnoreCase));

    private static TurnReply NotYourTeam(TurnContext context, string team) =>
        Replies.NewCard(NoticeCard.Build("Not one of your teams",
            $"You can see figures for your own teams only ({string.Join(", ", context.Actor.Teams)}), not {team}'s. "
            + "Ask without a team for all of yours, or name one of them.", problem: true));

    /// <param name="closeMatches">Null for the plain menu; otherwise the question was not understood and these came closest.</param>
    public TurnReply Menu(TurnContext context, IReadOnlyList<FigureTopics.Topic>? closeMatches) =>
        Replies.NewCard(FiguresMenuCard.Build(
            FigureTopics.Menu.Select(t => (t.FigureId, t.Title)).ToArray(),
            ReportingPeriod.FinancialYearContaining(Today),
            Scope(context),
            closeMatches?.Select(t => (t.FigureId, t.Example)).ToArray()));

    private static ReportingPeriod PreviousOf(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.FinancialYear => ReportingPeriod.FinancialYear(period.From.Year - 1),
        PeriodKind.Quarter => ReportingPeriod.QuarterContaining(period.From.AddDays(-1)),
        PeriodKind.Month => ReportingPeriod.Month(period.From.AddDays(-1).Year, period.From.AddDays(-1).Month),
        _ => ReportingPeriod.Custom(period.From.AddDays(-(period.To.DayNumber - period.From.DayNumber + 1)), period.From.AddDays(-1)),
    };

    private static string Scope(TurnContext context) => FigureScope.Words(context.Actor, null);
}
