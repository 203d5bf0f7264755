using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Stage 1 complaints responded to within 10 working days": the share of stages answered in time, with the
/// timeliness bands (within 10 / 11–20 / over 20 / withdrawn) as its breakdown. Withdrawn stages are shown but not
/// counted over, as published tables do.</summary>
/// <param name="dueDate">Always against this due date, whatever the request's convention (the "within the extended due
/// date" figures); null to follow the convention.</param>
internal sealed class StageOnTime(string id, CaseKind kind, int stage, int length, int? max, DueDateChoice? dueDate = null) : IFigureDefinition
{
    public string Id => id;

    public string Label => $"Stage {stage} {(kind == CaseKind.StatutoryComplaint ? "statutory" : "corporate")} complaints responded to "
        + (dueDate == DueDateChoice.Extended ? "by the due date, extended where an extension was agreed" : $"within {length} working days");

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = dueDate is { } fixedDue ? request.Conventions with { DueDate = fixedDue } : request.Conventions;
        var onTimeField = conventions.DueDate == DueDateChoice.Extended ? FactField.WithinExtended : FactField.WithinStatutory;
        List<FactFilter> where = [FactFilter.Is(FactField.Kind, FactValue.Of(kind)), FactFilter.Is(FactField.Stage, FactValue.Of(stage))];
        if (conventions.Stages == StageCounting.FurthestStage) where.Add(FactFilter.Is(FactField.IsFurthest, FactValue.Of(true)));
        var counts = await facts.CountAsync(new FactQuery(FactTable.Stages, conventions.DateBasis, request.Period.From, request.Period.To,
            where, [FactField.Band, onTimeField], request.Teams, AsAt: conventions.AsAt), cancellationToken);

        int InBand(TimelinessBand band) => counts.Where(c => c.Keys[0] == FactValue.Of(band)).Sum(c => c.Count);
        // A stage that can't be extended (corporate stages) has no "11–20" band.
        var bands = Enum.GetValues<TimelinessBand>().Where(b => max is not null || b != TimelinessBand.WithinExtendedTimescale).ToArray();
        var bandCounts = bands.Select(InBand).ToArray();
        var answered = counts.Where(c => c.Keys[1] is not null).Sum(c => c.Count);
        var onTime = counts.Where(c => c.Keys[1] == FactValue.Of(true)).Sum(c => c.Count);
        var answeredBands = bands.Where(b => b != TimelinessBand.Withdrawn).Select(InBand).ToArray();
        var shares = Percentages.Shares(answeredBands, conventions.Rounding);
        var rows = bands.Select((band, i) => new FigureRow(TimelinessBands.Label(band, length, max), bandCounts[i],
            band == TimelinessBand.Withdrawn ? null : shares[i])).ToArray();

        return new Figure(Id, Label, request.Period, FigureUnit.Percent, Percentages.HalfUp(onTime, answered), answered, rows,
            Convention(conventions));
    }

    private string Convention(CountingConventions conventions) => string.Join(" ",
        conventions.Stages == StageCounting.FurthestStage
            ? "Each complaint counted once, at the furthest stage it reached."
            : "Each complaint counted at every stage it passed through.",
        conventions.DateBasis == DateBasis.Received ? "By date received." : "By date responded.",
        conventions.DueDate == DueDateChoice.Statutory
            ? $"On time means within {length} working days, ignoring extensions."
            : "On time means by the due date, extended where an extension was agreed.") + conventions.AsAtWords;
}
