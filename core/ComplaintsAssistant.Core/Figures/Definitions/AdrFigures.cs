using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>The ADR table ("No of escalations received / No of completed ADRs / No of those satisfactorily resolved"):
/// statutory complaints' requests to escalate received in the period, the ADRs held on them, and those the ADR resolved.</summary>
internal sealed class AdrFigures(string id, AdrFigures.Column column) : IFigureDefinition
{
    public enum Column { EscalationsReceived, Held, Resolved }

    public string Id => id;

    public string Label => column switch
    {
        Column.EscalationsReceived => "Escalation requests received",
        Column.Held => "Alternative dispute resolution (ADR) held on escalation requests",
        _ => "Escalation requests resolved by alternative dispute resolution (ADR)",
    };

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var apart = request.Conventions.AdrEscalations == AdrEscalations.CountedApart;
        List<FactFilter> where = [FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.StatutoryComplaint))];
        if (column != Column.EscalationsReceived) where.Add(FactFilter.Is(FactField.AdrHeld, FactValue.Of(true)));
        else if (apart) where.Add(FactFilter.Is(FactField.AdrResolved, FactValue.Of(false), null));
        FactField by = column switch { Column.EscalationsReceived => FactField.ToStage, Column.Held => FactField.AdrMethod, _ => FactField.AdrResolved };

        var counts = await facts.CountAsync(new FactQuery(FactTable.Escalations, DateBasis.Received, request.Period.From, request.Period.To,
            where, [by], request.Teams), cancellationToken);
        // Stages in order; resolved before not resolved; ways of holding an ADR by how often.
        var ordered = column switch
        {
            Column.EscalationsReceived => counts.OrderBy(c => c.Keys[0], StringComparer.Ordinal).ToArray(),
            Column.Resolved => counts.OrderBy(c => c.Keys[0] != FactValue.Of(true)).ToArray(),
            _ => counts.OrderByDescending(c => c.Count).ThenBy(c => FigureWords.Of(by, c.Keys[0]), StringComparer.Ordinal).ToArray(),
        };
        var shares = Percentages.Shares(ordered.Select(c => c.Count).ToArray(), request.Conventions.Rounding);
        var rows = ordered.Select((c, i) => new FigureRow(FigureWords.Of(by, c.Keys[0]), c.Count, shares[i])).ToArray();
        var total = ordered.Sum(c => c.Count);
        var value = column == Column.Resolved ? ordered.Where(c => c.Keys[0] == FactValue.Of(true)).Sum(c => c.Count) : total;
        return new Figure(Id, Label, request.Period, FigureUnit.Count, value, total, rows, Convention(apart));
    }

    private string Convention(bool apart) => column switch
    {
        Column.EscalationsReceived => "Requests to take a statutory complaint to its next stage, by the date the request was received. " + (apart
            ? "A request that ADR resolved is not counted here: it opened no stage, and the ADR figures count it."
            : "A request that ADR resolved is counted as an escalation, although it opened no stage (stage 2 stays at nought)."),
        Column.Held => "ADR (a meeting or mediation) held on requests to escalate received in the period, by how it was held.",
        _ => "Of the ADRs held on requests to escalate received in the period, those that resolved the complaint without the next stage.",
    };
}
