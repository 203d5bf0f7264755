using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"The average time to complete Stage 1 complaints was 12.70 working days": the average per stage of the stages
/// answered, in working or calendar days, and for a financial year per quarter too (by the date basis chosen; quarters by
/// date received by default). The headline is stage 1's average; the value is how many stage 1s were averaged.</summary>
internal sealed class AverageDaysToRespond(string id, CaseKind kind, bool calendar) : IFigureDefinition
{
    public string Id => id;

    public string Label => $"Average {(calendar ? "calendar" : "working")} days to respond to {Kinds.Plural(kind).ToLowerInvariant()}, by stage";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var stages = Enumerable.Range(1, kind.StageCount()).ToArray();
        // A financial year is its four quarters added up, so its rows are read once.
        var quarters = new List<IReadOnlyDictionary<int, StageDays>>();
        if (request.Period.Kind == PeriodKind.FinancialYear)
            for (var q = 1; q <= 4; q++)
                quarters.Add(await DaysTaken.ByStageAsync(request, kind, ReportingPeriod.Quarter(request.Period.From.Year, q), facts, cancellationToken));
        var year = quarters.Count > 0
            ? stages.Where(s => quarters.Any(q => q.ContainsKey(s))).ToDictionary(s => s, s => quarters.Where(q => q.ContainsKey(s)).Select(q => q[s]).Aggregate((a, b) => a + b))
            : await DaysTaken.ByStageAsync(request, kind, request.Period, facts, cancellationToken);
        var rows = stages.Select(stage => Row($"Stage {stage}", year.GetValueOrDefault(stage))).ToList();
        for (var q = 0; q < quarters.Count; q++)
            rows.AddRange(stages.Where(quarters[q].ContainsKey).Select(stage => Row($"Stage {stage}, {Quarters.Label(q + 1)}", quarters[q][stage])));
        var first = year.GetValueOrDefault(1);
        var conventions = request.Conventions;
        return new Figure(Id, Label, request.Period, FigureUnit.Days, first?.Answered ?? 0, first?.Answered ?? 0, rows,
            string.Join(" ",
                calendar ? "Calendar days from the day the stage opened to the day it was answered." : "Working days from the stage's start (day 1 is the next working day) to its answer.",
                "Answered stages only; withdrawn and unanswered ones are left out.",
                conventions.Stages == StageCounting.FurthestStage ? "Each complaint counted once, at the furthest stage it reached." : "Each stage a complaint passed through counted.",
                conventions.DateBasis == DateBasis.Received ? "By date received (quarters too)." : "By date responded (quarters too).",
                "Averages to two decimal places.") + conventions.AsAtWords,
            Average: first?.Average(calendar));
    }

    private FigureRow Row(string label, StageDays? days) => new(label, days?.Answered ?? 0, null, Average: days?.Average(calendar));
}

/// <summary>Quarters of a financial year as the reports head them.</summary>
internal static class Quarters
{
    public static string Label(int quarter) => quarter switch
    {
        1 => "Q1 (April to June)",
        2 => "Q2 (July to September)",
        3 => "Q3 (October to December)",
        _ => "Q4 (January to March)",
    };
}
