using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseExtendTests
{
    private static readonly DateOnly AgreedOn = new(2026, 5, 12);

    private static Common.DomainError? Extend(Case c, int total, ExtensionGround ground = ExtensionGround.Complex, string reason = "Three services involved.",
        DateOnly? agreedOn = null) =>
        c.Extend(total, ground, reason, agreedWithComplainant: true, agreedOn ?? AgreedOn, Manager, Now).Error;

    // Stage 1: 10 working days, extendable to 20 (complex, or while an advocate is found).
    [Theory]
    [InlineData(11, ExtensionGround.Complex, "2026-05-19")]
    [InlineData(15, ExtensionGround.AdvocateBeingFound, "2026-05-26")] // over the spring bank holiday
    [InlineData(20, ExtensionGround.Complex, "2026-06-02")]
    [InlineData(20, ExtensionGround.AdvocateBeingFound, "2026-06-02")]
    public void ExtendMovesTheStage1DueDateUpToTwentyWorkingDays(int total, ExtensionGround ground, string dueOn)
    {
        var complaint = StatutoryCase("2026-05-01");

        Assert.Null(Extend(complaint, total, ground));

        Assert.Equal(Day(dueOn), complaint.DueOn());
        var clock = complaint.CurrentStage!.Clock;
        Assert.Equal(new Extension(total, ground, "Three services involved.", true, AgreedOn), clock.Extension);
        Assert.Equal(Day("2026-05-18"), clock.UnextendedDueOn(WorkingDayCalendar.EnglandAndWales));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(65)]
    public void ExtendRefusesBeyondTheStatutoryMaximum(int total)
    {
        var complaint = StatutoryCase("2026-05-01");

        Refused.Invalid(Extend(complaint, total), "totalWorkingDays", "beyond-statutory-maximum");
        Assert.Null(complaint.CurrentStage!.Clock.Extension);
        Assert.Equal(Day("2026-05-18"), complaint.DueOn());
    }

    [Theory]
    [InlineData(10)] // what is already allowed
    [InlineData(5)]
    public void ExtendRefusesATotalThatDoesNotLengthenTheClock(int total)
    {
        Refused.Invalid(Extend(StatutoryCase(), total), "totalWorkingDays", "extension-must-lengthen");
    }

    [Fact]
    public void ExtendRefusesToShortenAnExtensionAlreadyAgreed()
    {
        var complaint = StatutoryCase();
        Assert.Null(Extend(complaint, 15));

        Refused.Invalid(Extend(complaint, 15), "totalWorkingDays", "extension-must-lengthen");
        Refused.Invalid(Extend(complaint, 12), "totalWorkingDays", "extension-must-lengthen");
        Assert.Null(Extend(complaint, 20));
        Assert.Equal(20, complaint.CurrentStage!.Clock.AllowedWorkingDays);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ExtendRefusesWithoutAReason(string reason)
    {
        Refused.Invalid(Extend(StatutoryCase(), 20, reason: reason), "reason", "required");
    }

    [Fact]
    public void ExtendRefusesAnUnknownGround()
    {
        Refused.Invalid(Extend(StatutoryCase(), 20, ground: (ExtensionGround)9), "ground", "unknown-value");
    }

    [Fact]
    public void ExtendRefusesAnAgreementDatedInTheFuture()
    {
        Refused.Invalid(Extend(StatutoryCase(), 20, agreedOn: new DateOnly(2027, 3, 2)), "agreedOn", "date-in-future");
    }

    [Fact]
    public void ExtendRefusesAnAgreementDatedBeforeTheComplaintArrived()
    {
        Refused.Invalid(Extend(StatutoryCase(), 20, agreedOn: new DateOnly(2026, 4, 30)), "agreedOn", "agreedOn-before-receivedOn");
    }

    // Stage 2: 25 working days from the request (Mon 1 Jun 2026), extendable to 65.
    [Theory]
    [InlineData(40, "2026-07-27")]
    [InlineData(65, "2026-09-01")] // 13 whole weeks land on the summer bank holiday, Mon 31 Aug
    public void ExtendMovesTheStage2DueDateUpToSixtyFiveWorkingDays(int total, string dueOn)
    {
        var complaint = StatutoryAtStage2();
        Assert.Equal(Day("2026-07-06"), complaint.DueOn());

        Assert.Null(Extend(complaint, total));

        Assert.Equal(Day(dueOn), complaint.DueOn());
    }

    [Fact]
    public void ExtendRefusesStage2BeyondSixtyFiveWorkingDays()
    {
        Refused.Invalid(Extend(StatutoryAtStage2(), 66), "totalWorkingDays", "beyond-statutory-maximum");
    }

    [Fact]
    public void ExtendRefusesADueDateTheOmbudsmanFixed()
    {
        var enquiry = Logged(Ombudsman(dueOn: "2026-06-29"));

        Refused.ByWorkflow(Extend(enquiry, 20), "due-date-fixed");
        Assert.Equal(Day("2026-06-29"), enquiry.DueOn());
    }

    [Fact]
    public void ExtendRefusesATimescaleWithNoMaximum()
    {
        Refused.ByWorkflow(Extend(Logged(MemberEnquiry()), 15), "not-extendable");
    }

    [Fact]
    public void ExtendRefusesStage3()
    {
        Refused.ByWorkflow(Extend(StatutoryAtStage3(), 40), "stage3-not-extendable");
    }

    [Fact]
    public void ExtendRefusesOnceTheStageIsAnswered()
    {
        var error = Refused.ByWorkflow(Extend(StatutoryResponded(), 20), "extend-not-allowed");

        Assert.Equal("Can't extend the timescale: CC-2026-0001 is responded to.", error.Message);
    }

    [Fact]
    public void ExtendKeepsTheExtensionWhenACorporateAcknowledgementRestartsTheClock()
    {
        var complaint = CorporateCase("2026-05-01");
        Assert.Null(Extend(complaint, 20));

        Assert.Null(complaint.Acknowledge(Day("2026-05-05"), Manager, Now).Error);

        // 20 working days from Tue 5 May 2026, over the spring bank holiday.
        Assert.Equal(Day("2026-06-03"), complaint.DueOn());
    }
}
