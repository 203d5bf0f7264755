using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Statutory complaints by outcome" (count and %): the finding at the furthest stage reached (or at every
/// stage), unanswered ones as "Open". Rows in the order reports print them; percentages of all complaints counted.</summary>
/// <param name="stage">One stage's table ("Complaint outcome – Stage 1"): every complaint that reached it, with that
/// stage's own outcome, whatever the stage-counting convention; null for complaints by outcome.</param>
internal sealed class ComplaintsByOutcome(string id, CaseKind kind, int? stage = null) : IFigureDefinition
{
    private static readonly Outcome?[] Order =
        [Outcome.Upheld, Outcome.PartiallyUpheld, Outcome.NotUpheld, Outcome.Withdrawn, Outcome.OutOfJurisdiction, null];

    public string Id => id;

    public string Label => stage is { } n ? $"Stage {n} {Kinds.Plural(kind).ToLowerInvariant()} by outcome" : $"{Kinds.Plural(kind)} by outcome";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = stage is null ? request.Conventions : request.Conventions with { Stages = StageCounting.EveryStage };
        List<FactFilter> where = [FactFilter.Is(FactField.Kind, FactValue.Of(kind))];
        if (stage is { } only) where.Add(FactFilter.Is(FactField.Stage, FactValue.Of(only)));
        if (conventions.Stages == StageCounting.FurthestStage) where.Add(FactFilter.Is(FactField.IsFurthest, FactValue.Of(true)));
        var counts = await facts.CountAsync(new FactQuery(FactTable.Stages, conventions.DateBasis, request.Period.From, request.Period.To,
            where, [FactField.Outcome], request.Teams, AsAt: conventions.AsAt), cancellationToken);

        // A withdrawn stage is not open even though nobody answered it; in progress is open.
        static Outcome? Row(string? stored) => stored is null || stored == FactValue.Of(Outcome.InProgress) ? null : Enum.Parse<Outcome>(stored);
        var perRow = Order.Select(o => counts.Where(c => Row(c.Keys[0]) == o).Sum(c => c.Count)).ToArray();
        var shown = Order.Select((o, i) => (Outcome: o, Count: perRow[i])).Where(r => r.Count > 0 || r.Outcome is not Outcome.OutOfJurisdiction).ToArray();
        var shares = Percentages.Shares(shown.Select(r => r.Count).ToArray(), conventions.Rounding);
        var rows = shown.Select((r, i) => new FigureRow(r.Outcome is { } o ? FigureWords.Of(FactField.Outcome, FactValue.Of(o)) : "Open", r.Count, shares[i])).ToArray();
        var total = perRow.Sum();
        return new Figure(Id, Label, request.Period, FigureUnit.Count, total, total, rows, string.Join(" ",
            conventions.Stages == StageCounting.FurthestStage
                ? "Each complaint counted once, with the outcome at the furthest stage it reached."
                : stage is { } at ? $"Every complaint that reached stage {at}, with the outcome at that stage." : "Each stage a complaint passed through counted with its own outcome.",
            conventions.DateBasis == DateBasis.Received ? "By date received; a complaint not yet answered is open." : "By date responded.",
            conventions.Rounding == Rounding.LargestRemainder ? "Percentages rounded to sum to 100." : "Percentages rounded half up.") + conventions.AsAtWords);
    }
}
