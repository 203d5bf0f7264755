using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"MP 13, responded to on time 11 (85%)" and "Stage 1, Q1: received 14, on time 12": per group (a field's values,
/// or the quarters of a financial year by date received), how many were received and how many of those answered were
/// answered on time, against the due date that applied to each (a member enquiry's target is the one in force on the day
/// it was received). The value is the share on time over all; unanswered and withdrawn ones are not counted over.</summary>
/// <param name="by">The field grouped on; null for quarters.</param>
internal sealed class ReceivedAndOnTime(string id, string label, CaseKind kind, int stage, FactField? by) : IFigureDefinition
{
    public string Id => id;
    public string Label => label;

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = request.Conventions;
        var onTimeField = conventions.DueDate == DueDateChoice.Extended ? FactField.WithinExtended : FactField.WithinStatutory;
        Task<IReadOnlyList<FactCount>> CountAsync(ReportingPeriod period) => facts.CountAsync(new FactQuery(FactTable.Stages, DateBasis.Received,
            period.From, period.To, [FactFilter.Is(FactField.Kind, FactValue.Of(kind)), FactFilter.Is(FactField.Stage, FactValue.Of(stage))],
            by is { } field ? [onTimeField, field] : [onTimeField], request.Teams, AsAt: conventions.AsAt), cancellationToken);

        var groups = new List<(string Label, IReadOnlyList<FactCount> Counts)>();
        if (by is { } grouped)
            groups.AddRange((await CountAsync(request.Period)).GroupBy(c => c.Keys[1]).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (FigureWords.Of(grouped, g.Key), (IReadOnlyList<FactCount>)g.ToArray())));
        else if (request.Period.Kind == PeriodKind.FinancialYear)
            for (var q = 1; q <= 4; q++) groups.Add((Quarters.Label(q), await CountAsync(ReportingPeriod.Quarter(request.Period.From.Year, q))));
        else groups.Add((request.Period.Label, await CountAsync(request.Period)));

        var rows = new List<FigureRow>();
        foreach (var (group, counts) in groups)
        {
            var answered = counts.Where(c => c.Keys[0] is not null).Sum(c => c.Count);
            var onTime = counts.Where(c => c.Keys[0] == FactValue.Of(true)).Sum(c => c.Count);
            rows.Add(new FigureRow($"{group}: received", counts.Sum(c => c.Count), null));
            rows.Add(new FigureRow($"{group}: responded to on time", onTime, Percentages.HalfUp(onTime, answered)));
        }
        var all = groups.SelectMany(g => g.Counts).ToArray();
        var answeredAll = all.Where(c => c.Keys[0] is not null).Sum(c => c.Count);
        var onTimeAll = all.Where(c => c.Keys[0] == FactValue.Of(true)).Sum(c => c.Count);
        return new Figure(Id, Label, request.Period, FigureUnit.Percent, Percentages.HalfUp(onTimeAll, answeredAll), answeredAll, rows,
            string.Join(" ", "By date received" + (by is null ? ", in quarters of the year." : "."),
                conventions.DueDate == DueDateChoice.Statutory
                    ? "On time means within the timescale that applied on the day it was received, ignoring extensions."
                    : "On time means by the due date, extended where an extension was agreed.",
                "The share on time is of those answered; withdrawn and unanswered ones are not counted over.") + conventions.AsAtWords);
    }
}
