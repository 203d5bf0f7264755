using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per payment recorded on a case, for "Costs and compensation": what kind, at which stage, how much.
/// The amount is kept in whole pence so that both stores add it up exactly (SQL SUM, a Cosmos aggregate); the reason,
/// in the council's words, stays in the case.</summary>
/// <param name="Number">1-based, the payment's place in the case's list.</param>
/// <param name="Stage">The stage it belongs to; null where the record doesn't say.</param>
public sealed record PaymentFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int Number,
    PaymentKind PaymentKind,
    int? Stage,
    long Pence)
{
    public static IReadOnlyList<PaymentFact> Of(Case subject) =>
        subject.Snapshot.Payments.Select((p, i) => new PaymentFact(subject.Kind, subject.Team, subject.ReceivedOn, i + 1,
            p.Kind, p.Stage, Money.Pence(p.Amount))).ToArray();
}

/// <summary>Pounds and pence as the facts count them.</summary>
public static class Money
{
    /// <summary>£1,300.00 → 130000; a fraction of a penny rounds half away from zero, as a ledger would.</summary>
    public static long Pence(decimal pounds) => (long)decimal.Round(pounds * 100m, MidpointRounding.AwayFromZero);

    public static decimal Pounds(long pence) => pence / 100m;
}
