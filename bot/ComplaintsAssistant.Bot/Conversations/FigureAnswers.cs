using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Figures;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Answers with figures for the person asking (the core limits them to the teams they may see) or, for a
/// question not understood, the menu with the closest figures.</summary>
public sealed class FigureAnswers(FiguresService figures, CouncilVocabulary council, TimeProvider clock)
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
        var card = FigureCard.Build(answer, team ?? Scope(context), asAtToday ? null : PreviousOf(period), asAtToday || next.From > Today ? null : next, team);
        return Replies.Show(context, card, $"{answer.Current.Label}, {answer.Current.Period.Label}.");
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

    private static string Scope(TurnContext context) => context.Actor.SeesAllTeams ? "all teams"
        : context.Actor.Teams.Count == 1 ? $"your team ({context.Actor.Teams[0]})"
        : $"your teams ({string.Join(", ", context.Actor.Teams)})";
}
