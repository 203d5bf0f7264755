using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Escalation from stage 1 to stage 2 (and 2 to 3)": of the complaints received in the period that had a stage,
/// the share that went on to the next one. The value is the share escalated beyond stage 1.</summary>
internal sealed class EscalationRates(string id, CaseKind kind) : IFigureDefinition
{
    public string Id => id;

    public string Label => $"{Kinds.Plural(kind)} escalated to the next stage";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var counts = await facts.CountAsync(new FactQuery(FactTable.Stages, DateBasis.Received, request.Period.From, request.Period.To,
            [FactFilter.Is(FactField.Kind, FactValue.Of(kind))], [FactField.Stage], request.Teams, AsAt: request.Conventions.AsAt), cancellationToken);
        int At(int stage) => counts.Where(c => c.Keys[0] == FactValue.Of(stage)).Sum(c => c.Count);
        var rows = Enumerable.Range(1, kind.StageCount() - 1)
            .Select(stage => new FigureRow($"Stage {stage} to stage {stage + 1}", At(stage + 1), Percentages.HalfUp(At(stage + 1), At(stage))))
            .ToArray();
        return new Figure(Id, Label, request.Period, FigureUnit.Percent, Percentages.HalfUp(At(2), At(1)), At(1), rows,
            "Complaints received in the period; each step's share of those that reached the stage before it. Escalation requests resolved by ADR open no stage, so they are not counted here." + request.Conventions.AsAtWords);
    }
}
