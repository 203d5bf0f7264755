namespace ComplaintsAssistant.Core.Cases;

/// <summary>Money spent on or paid out for a case (reported as expenditure and compensation).</summary>
/// <param name="On">When it was paid; null where the record doesn't say (imported costs) or it isn't paid yet.</param>
/// <param name="Stage">The stage it belongs to (1, 2 or 3), when known: costs and compensation are published per stage.</param>
public sealed record Payment(PaymentKind Kind, decimal Amount, string Reason, DateOnly? On, int? Stage = null);

public enum PaymentKind
{
    InvestigatingOfficerCost,
    IndependentPersonCost,
    PanelCost,
    Publicity,
    Compensation,
    /// <summary>A remedy the Ombudsman recommended, e.g. £1,000 for delay and distress.</summary>
    RemedyPayment,
    /// <summary>Another cost of handling the complaint (the council's words are the reason), e.g. interpreting.</summary>
    OtherCost,
}

public static class PaymentRules
{
    /// <summary>Expenditure on handling the complaint, as opposed to money paid to the complainant.</summary>
    public static bool IsCost(this PaymentKind kind) => kind is not (PaymentKind.Compensation or PaymentKind.RemedyPayment);
}
