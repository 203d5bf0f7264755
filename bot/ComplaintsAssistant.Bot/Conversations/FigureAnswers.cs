using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Figures;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Answers with figures for the person asking (the core limits them to the teams they may see) or, for a
/// question not understood, the menu with the closest figures.</summary>
public sealed class FigureAnswers(FiguresService figures, TimeProvider clock)
{
    public DateOnly Today => UkDate.On(clock.GetUtcNow());

    public async Task<TurnReply> AnswerAsync(TurnContext context, string figureId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        if (await figures.CompareAsync(context.Actor, figureId, period, cancellationToken: cancellationToken) is not { } answer)
            return Menu(context, []);
        var asAtToday = FigureTopics.IsAsAtToday(figureId);
        var next = period.Next();
        var card = FigureCard.Build(answer, Scope(context), asAtToday ? null : PreviousOf(period), asAtToday || next.From > Today ? null : next);
        return Replies.Show(context, card, $"{answer.Current.Label}, {answer.Current.Period.Label}.");
    }

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
