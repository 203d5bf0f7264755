using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Statutory complaints by stage": each complaint once, at the furthest stage it reached (134 + 7 + 1 = 142
/// complaints), or at every stage it passed through (a complaint that reached stage 2 counted at stages 1 and 2).</summary>
internal sealed class ComplaintsByStage(string id, CaseKind kind) : IFigureDefinition
{
    public string Id => id;

    public string Label => $"{Kinds.Plural(kind)} by stage";

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = request.Conventions;
        var furthest = conventions.Stages == StageCounting.FurthestStage;
        // As at a date, the furthest stage is the furthest opened by then, which only the stage facts can tell.
        var query = furthest && conventions.AsAt is null
            ? new FactQuery(FactTable.Cases, DateBasis.Received, request.Period.From, request.Period.To,
                [FactFilter.Is(FactField.Kind, FactValue.Of(kind))], [FactField.FurthestStage], request.Teams)
            : new FactQuery(FactTable.Stages, DateBasis.Received, request.Period.From, request.Period.To,
                [FactFilter.Is(FactField.Kind, FactValue.Of(kind)), .. furthest ? [FactFilter.Is(FactField.IsFurthest, FactValue.Of(true))] : Array.Empty<FactFilter>()],
                [FactField.Stage], request.Teams, AsAt: conventions.AsAt);
        var counts = await facts.CountAsync(query, cancellationToken);
        var stages = Enumerable.Range(1, kind.StageCount()).ToArray();
        var perStage = stages.Select(stage => counts.Where(c => c.Keys[0] == FactValue.Of(stage)).Sum(c => c.Count)).ToArray();
        var shares = Percentages.Shares(perStage, conventions.Rounding);
        var rows = stages.Select((stage, i) => new FigureRow($"Stage {stage}", perStage[i], shares[i])).ToArray();
        var total = perStage.Sum();
        return new Figure(Id, Label, request.Period, FigureUnit.Count, total, total, rows,
            (furthest ? "Each complaint counted once, at the furthest stage it reached." : "Each complaint counted at every stage it passed through.")
            + " By date received." + conventions.AsAtWords);
    }
}

/// <summary>Kinds as table headings use them.</summary>
internal static class Kinds
{
    public static string Plural(CaseKind kind) => kind switch
    {
        CaseKind.StatutoryComplaint => "Statutory complaints",
        CaseKind.CorporateComplaint => "Corporate complaints",
        CaseKind.InformalRepresentation => "Informal representations",
        CaseKind.MemberEnquiry => "Member enquiries",
        CaseKind.OmbudsmanEnquiry => "Ombudsman enquiries",
        CaseKind.Compliment => "Compliments",
        _ => "Comments",
    };
}
