using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The published figures as JSON for a period, under the counting conventions the caller names, with the two
/// years before beside them. The complaints team sees every team's, a manager their own teams'; other staff use the chat.</summary>
internal static class FigureEndpoints
{
    public static RouteGroupBuilder MapFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/figures", async ([AsParameters] FigureOptions options, ApiCaller caller, FiguresService figures,
                CountingConventions council, CancellationToken cancellationToken) =>
            {
                if (Refusal(caller.Actor, options) is { } refused) return refused;
                var answers = new List<FigureAnswer>();
                foreach (var figure in FigureCatalogue.All)
                    answers.Add((await AnswerAsync(figures, caller.Actor, figure.Id, options, council, cancellationToken))!);
                return TypedResults.Ok(answers);
            })
            .WithTags("Figures").WithSummary("Every published figure for a period (e.g. period=2025-26), each beside the two years before it.");

        api.MapGet("/figures/{id}", async (string id, [AsParameters] FigureOptions options, ApiCaller caller, FiguresService figures,
                CountingConventions council, CancellationToken cancellationToken) =>
            {
                if (Refusal(caller.Actor, options) is { } refused) return refused;
                return await AnswerAsync(figures, caller.Actor, id, options, council, cancellationToken) is { } answer
                    ? TypedResults.Ok(answer)
                    : ApiProblems.From(DomainError.NotFound($"The figure {id} (GET /api/figures lists every figure's id)"));
            })
            .WithTags("Figures").WithSummary("One figure by its id (e.g. statutory.stage1.within_10_wd) for a period, beside the two years before it.");
        return api;
    }

    private static IResult? Refusal(Actor actor, FigureOptions options)
    {
        if (!FiguresService.MayCompareTeams(actor))
            return ApiProblems.From(DomainError.Forbidden(
                "Published figures are for the complaints team and managers. Ask the bot in Teams for your own team's figures."));
        if (PeriodText.Parse(options.Period) is null)
            return ApiProblems.From(DomainError.Invalid("period", "period-format", PeriodText.Help));
        if (options.Team is { } team && !FiguresService.MaySee(actor, team))
            return ApiProblems.From(DomainError.Forbidden($"You can see figures for your own teams only, not {team}'s."));
        if (options.SmallNumbersBelow is < 1 or > 100)
            return ApiProblems.From(DomainError.Invalid("smallNumbersBelow", "small-numbers-range", "smallNumbersBelow must be from 1 (show every count) to 100."));
        return options.Conventions(CountingConventions.Default).Error is { } unknown ? ApiProblems.From(unknown) : null;
    }

    private static async Task<FigureAnswer?> AnswerAsync(FiguresService figures, Actor actor, string id, FigureOptions options,
        CountingConventions council, CancellationToken cancellationToken)
    {
        var period = PeriodText.Parse(options.Period)!;
        var conventions = options.Conventions(council).Value;
        if (await figures.CompareAsync(actor, id, period, conventions, options.Team, cancellationToken) is not { } now) return null;
        var before = await figures.CompareAsync(actor, id, period.YearEarlier(), conventions.YearEarlier(), options.Team, cancellationToken);
        return new FigureAnswer(now.Current, [.. new[] { now.YearEarlier, before?.YearEarlier }.OfType<Figure>()], now.Change, now.ChangeInWords);
    }
}

/// <summary>The query: the period and the counting conventions (domain.md; docs/figures.md), each optional with the council's default.</summary>
internal sealed class FigureOptions
{
    /// <summary>2025-26, 2025-26-q1, 2026-05 or 2026-04-01..2026-05-10.</summary>
    public string? Period { get; init; }
    /// <summary><c>furthestStage</c>: each complaint once at the furthest stage it reached; <c>everyStage</c>: at every stage it passed through.</summary>
    public string? Stages { get; init; }
    /// <summary><c>received</c> (most tables) or <c>responded</c> (some outcome tables): which date puts a case in the period.</summary>
    public string? DateBasis { get; init; }
    /// <summary><c>statutory</c>: on time against the fixed period, ignoring extensions; <c>extended</c>: against the extended due date.</summary>
    public string? DueDate { get; init; }
    /// <summary><c>everyTimeRaised</c> or <c>distinctPerComplaint</c>.</summary>
    public string? Concerns { get; init; }
    /// <summary><c>halfUp</c>, or <c>largestRemainder</c> so percentages sum to 100.</summary>
    public string? Rounding { get; init; }
    /// <summary>Counts of people below this shown as "fewer than" it; 1 shows every count.</summary>
    public int? SmallNumbersBelow { get; init; }
    /// <summary>One team's figures.</summary>
    public string? Team { get; init; }
    /// <summary><c>countedAsEscalations</c>: an escalation request ADR resolved is one of the escalations
    /// received; <c>countedApart</c>: it is not.</summary>
    public string? AdrEscalations { get; init; }
    /// <summary>Status as at this day (2019-04-30): a complaint answered after it is open, an escalation after it not counted.</summary>
    public string? AsAt { get; init; }

    /// <summary>The conventions asked for, the council's own (<paramref name="council"/>) where none was named.</summary>
    public Result<CountingConventions> Conventions(CountingConventions council)
    {
        var unknown = Check.All(Unknown<StageCounting>(Stages, "stages"), Unknown<DateBasis>(DateBasis, "dateBasis"), Unknown<DueDateChoice>(DueDate, "dueDate"),
            Unknown<ConcernCounting>(Concerns, "concerns"), Unknown<Rounding>(Rounding, "rounding"),
            Unknown<AdrEscalations>(AdrEscalations, "adrEscalations"));
        if (unknown is not null) return unknown;
        DateOnly? asAt = null;
        if (AsAt is not null)
        {
            if (!DateOnly.TryParseExact(AsAt, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                return DomainError.Invalid("asAt", "date-format", $"asAt '{AsAt}' is not a date: write it as year-month-day, e.g. 2019-03-31.");
            asAt = day;
        }
        return new CountingConventions(Parse(Stages, council.Stages), Parse(DateBasis, council.DateBasis), Parse(DueDate, council.DueDate),
            Parse(Concerns, council.Concerns), Parse(Rounding, council.Rounding), SmallNumbersBelow ?? council.SmallNumbersBelow,
            Parse(AdrEscalations, council.AdrEscalations), asAt);
    }

    private static T Parse<T>(string? text, T fallback) where T : struct, Enum => text is null ? fallback : Enum.Parse<T>(text, ignoreCase: true);

    private static DomainError? Unknown<T>(string? text, string field) where T : struct, Enum =>
        text is null || (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)) ? null
            : DomainError.Invalid(field, "unknown-value",
                $"{field} '{text}' is not one of: {string.Join(", ", Enum.GetNames<T>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}.");
}

/// <param name="PriorYears">The same period one and two years earlier, nearest first (as far as either had a figure).</param>
/// <param name="Change">Against a year earlier: percentage points for a percentage, the difference for a count.</param>
public sealed record FigureAnswer(Figure Current, IReadOnlyList<Figure> PriorYears, int? Change, string ChangeInWords);
