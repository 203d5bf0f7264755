namespace ComplaintsAssistant.Core.Cases;

/// <summary>Money spent on or paid out for a case (reported as expenditure and compensation).</summary>
public sealed record Payment(PaymentKind Kind, decimal Amount, string Reason, DateOnly On);

public enum PaymentKind
{
    InvestigatingOfficerCost,
    IndependentPersonCost,
    PanelCost,
    Publicity,
    Compensation,
    /// <summary>A remedy the Ombudsman recommended, e.g. £1,000 for delay and distress.</summary>
    RemedyPayment,
}
