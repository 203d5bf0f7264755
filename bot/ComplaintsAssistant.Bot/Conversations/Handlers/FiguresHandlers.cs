using System.Globalization;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Figures;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"figures": the menu of what can be asked.</summary>
public sealed class FiguresMenuHandler(FigureAnswers answers) : IVerbHandler
{
    public string Verb => Verbs.Figures;

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(answers.Menu(context, null));
}

/// <summary>A question in words ("stage 1 on time this year"): the figure it names, or the menu with the closest ones.</summary>
public sealed class FigureAskHandler(FigureAnswers answers) : IVerbHandler
{
    public string Verb => Verbs.FigureAsk;

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var question = FigureQuestion.Read(context.Values["question"] ?? "", answers.Today, answers.Teams);
        if (question.Answer is not { } topic) return Task.FromResult(answers.Menu(context, question.CloseMatches));
        return question.TeamCandidates is { Count: > 1 } candidates
            ? Task.FromResult(answers.ChooseTeam(topic.FigureId, question.Period, candidates))
            : answers.AnswerAsync(context, topic.FigureId, question.Period, question.Team, cancellationToken);
    }
}

/// <summary>A figure's button (the menu, "Did you mean…", the next or previous period): the figure, the period and perhaps one team in its data.</summary>
public sealed class FigureShowHandler(FigureAnswers answers) : IVerbHandler
{
    public string Verb => Verbs.FigureShow;

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var team = answers.KnownTeam(values["team"]);
        if (FigureTopics.ForFigure(values["figure"] ?? "") is not { } topic || Period(values) is not { } period || (values["team"] is not null && team is null))
            return Task.FromResult(answers.Menu(context, []));
        return answers.AnswerAsync(context, topic.FigureId, period, team, cancellationToken);
    }

    /// <summary>The period a button carries; null when the card was tampered with or is from another version.</summary>
    public static ReportingPeriod? Period(FormValues values)
    {
        if (!Enum.TryParse<PeriodKind>(values["periodKind"], out var kind)
            || !DateOnly.TryParseExact(values["from"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(values["to"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from || to.DayNumber - from.DayNumber > 3660)
            return null;
        return new ReportingPeriod(kind, from, to);
    }
}

/// <summary>"By team" on a figure's card: that figure for each team side by side.</summary>
public sealed class FigureByTeamHandler(FigureAnswers answers) : IVerbHandler
{
    public string Verb => Verbs.FigureByTeam;

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (FigureTopics.ForFigure(values["figure"] ?? "") is not { } topic || FigureShowHandler.Period(values) is not { } period)
            return Task.FromResult(answers.Menu(context, []));
        return answers.ByTeamAsync(context, topic.FigureId, period, cancellationToken);
    }
}
