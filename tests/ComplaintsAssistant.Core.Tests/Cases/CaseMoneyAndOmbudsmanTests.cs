using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseMoneyAndOmbudsmanTests
{
    [Fact]
    public void RecordOmbudsmanFindingKeepsTheFindingAndTheEnquiryDetails()
    {
        var enquiry = Logged(Ombudsman()).Responds("2026-06-20");

        Assert.Null(enquiry.RecordOmbudsmanFinding(OmbudsmanFinding.MaladministrationAndInjustice, "officer-1", Now).Error);

        Assert.Equal(new OmbudsmanDetails("25 001 234", "CC-2025-0042", OmbudsmanFinding.MaladministrationAndInjustice), enquiry.Snapshot.Ombudsman);
        Assert.Equal(CaseStatus.Responded, enquiry.Status);
        Assert.Null(enquiry.Close(Day("2026-07-01"), "Remedy paid.", "officer-1", Now).Error);
    }

    [Fact]
    public void RecordOmbudsmanFindingRefusesAnUnknownFinding()
    {
        Refused.Invalid(Logged(Ombudsman()).RecordOmbudsmanFinding((OmbudsmanFinding)99, "officer-1", Now).Error, "finding", "unknown-value");
    }

    [Fact]
    public void RecordPaymentAddsToTheCasesMoney()
    {
        var c = StatutoryCase();

        Assert.Null(c.RecordPayment(new Payment(PaymentKind.IndependentPersonCost, 450.50m, " IP fee ", Day("2026-06-30")), "officer-1", Now).Error);
        Assert.Null(c.RecordPayment(new Payment(PaymentKind.RemedyPayment, 1000m, "Delay and distress", Day("2026-07-01")), "officer-1", Now).Error);

        Assert.Equal(
            [new Payment(PaymentKind.IndependentPersonCost, 450.50m, "IP fee", Day("2026-06-30")), new Payment(PaymentKind.RemedyPayment, 1000m, "Delay and distress", Day("2026-07-01"))],
            c.Snapshot.Payments);
    }

    [Theory]
    [InlineData(0, "amount", "positive-amount")]
    [InlineData(-5, "amount", "positive-amount")]
    [InlineData(1_000_000.01, "amount", "amount-too-large")]
    public void RecordPaymentRefusesAnImplausibleAmount(double amount, string field, string rule)
    {
        var payment = new Payment(PaymentKind.Compensation, (decimal)amount, "Compensation", Day("2026-06-30"));

        Refused.Invalid(StatutoryCase().RecordPayment(payment, "officer-1", Now).Error, field, rule);
    }

    [Fact]
    public void RecordPaymentAcceptsTheMaximum()
    {
        Assert.Null(StatutoryCase().RecordPayment(new Payment(PaymentKind.Compensation, 1_000_000m, "Settlement", Day("2026-06-30")), "officer-1", Now).Error);
    }

    [Theory]
    [InlineData((PaymentKind)99, "reason", "2026-06-30", "kind", "unknown-value")]
    [InlineData(PaymentKind.Publicity, " ", "2026-06-30", "reason", "required")]
    [InlineData(PaymentKind.Publicity, "Leaflets", "2027-03-02", "on", "date-in-future")]
    public void RecordPaymentRefusesIncompleteInput(PaymentKind kind, string reason, string on, string field, string rule)
    {
        Refused.Invalid(StatutoryCase().RecordPayment(new Payment(kind, 100m, reason, Day(on)), "officer-1", Now).Error, field, rule);
    }
}
