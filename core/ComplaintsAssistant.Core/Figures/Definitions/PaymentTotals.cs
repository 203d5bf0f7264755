using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>"Expenditure" and "Compensation" tables: payments recorded on cases received in the period, added up in pounds
/// and pence, with how many payments each row adds up. Rows by <paramref name="by"/> (the kind of cost, or the stage);
/// each row's share is of the total amount.</summary>
internal sealed class PaymentTotals(string id, string label, FactField by, string about, params PaymentKind[] kinds) : IFigureDefinition
{
    public string Id => id;
    public string Label => label;

    public async Task<Figure> ComputeAsync(FigureRequest request, IFigureFacts facts, CancellationToken cancellationToken)
    {
        var counts = await facts.CountAsync(new FactQuery(FactTable.Payments, DateBasis.Received, request.Period.From, request.Period.To,
            [FactFilter.Is(FactField.PaymentKind, [.. kinds.Select(k => FactValue.Of(k))])], [by], request.Teams, FactField.Pence), cancellationToken);
        // Stages in order (a payment not tied to a stage last); kinds of cost by the amount spent.
        var ordered = by == FactField.Stage
            ? counts.OrderBy(c => c.Keys[0] is null).ThenBy(c => c.Keys[0], StringComparer.Ordinal).ToArray()
            : counts.OrderByDescending(c => c.Total).ThenBy(c => FigureWords.Of(by, c.Keys[0]), StringComparer.Ordinal).ToArray();
        var pence = ordered.Select(c => c.Total ?? 0).ToArray();
        var shares = Percentages.Shares(pence, request.Conventions.Rounding);
        var rows = ordered.Select((c, i) => new FigureRow(c.Keys[0] is null && by == FactField.Stage ? "Stage not recorded" : FigureWords.Of(by, c.Keys[0]),
            c.Count, shares[i], Amount: Money.Pounds(pence[i]))).ToArray();
        var payments = ordered.Sum(c => c.Count);
        return new Figure(Id, Label, request.Period, FigureUnit.Pounds, payments, payments, rows,
            $"{about} recorded on cases received in the period, in pounds and pence, with the number of payments; shares are of the total amount.",
            Amount: Money.Pounds(pence.Sum()));
    }
}
