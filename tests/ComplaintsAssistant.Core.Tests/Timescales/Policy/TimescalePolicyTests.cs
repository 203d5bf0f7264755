using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Policy;

public class TimescalePolicyTests
{
    private static readonly DateOnly Sep2017 = new(2017, 9, 1);

    // The defaults, each from domain.md: regs 14, 17, 19–21 of the 2006 Regulations, the LGSCO code, common practice.
    [Theory]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.Stage1Response, 10, 20)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.Stage2Response, 25, 65)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.PanelHearing, 30, null)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.PanelRecommendations, 5, null)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.Decision, 15, null)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.EscalationWindow, 20, null)]
    [InlineData(CaseKind.CorporateComplaint, TimescaleKey.Acknowledgement, 5, null)]
    [InlineData(CaseKind.CorporateComplaint, TimescaleKey.Stage1Response, 10, 20)]
    [InlineData(CaseKind.CorporateComplaint, TimescaleKey.Stage2Response, 20, 40)]
    [InlineData(CaseKind.MemberEnquiry, TimescaleKey.Acknowledgement, 1, null)]
    [InlineData(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, 10, null)]
    public void DefaultsFollowTheStatutoryFramework(CaseKind kind, TimescaleKey key, int workingDays, int? max)
    {
        Assert.Equal(new Timescale(workingDays, max), TimescalePolicy.Defaults.RuleFor(kind, key, new DateOnly(2026, 5, 1))!.Timescale);
    }

    [Theory]
    [InlineData(CaseKind.CorporateComplaint, TimescaleKey.Stage1Response, ClockBasis.Acknowledgement)]
    [InlineData(CaseKind.CorporateComplaint, TimescaleKey.Stage2Response, ClockBasis.Acknowledgement)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.Stage1Response, ClockBasis.Receipt)]
    [InlineData(CaseKind.StatutoryComplaint, TimescaleKey.Stage2Response, ClockBasis.Receipt)]
    public void DefaultsCountCorporateStagesFromTheAcknowledgement(CaseKind kind, TimescaleKey key, ClockBasis basis)
    {
        Assert.Equal(basis, TimescalePolicy.Defaults.RuleFor(kind, key, new DateOnly(2026, 5, 1))!.Basis);
    }

    [Theory]
    [InlineData(CaseKind.Compliment, TimescaleKey.Stage1Response)]
    [InlineData(CaseKind.Comment, TimescaleKey.Acknowledgement)]
    [InlineData(CaseKind.CorporateComplaint, TimescaleKey.PanelHearing)]
    [InlineData(CaseKind.MemberEnquiry, TimescaleKey.Stage2Response)]
    public void RuleForIsNullWhereAKindHasNoSuchClock(CaseKind kind, TimescaleKey key)
    {
        Assert.Null(TimescalePolicy.Defaults.RuleFor(kind, key, new DateOnly(2026, 5, 1)));
    }

    [Theory]
    [InlineData("2017-08-31", 10)]
    [InlineData("2017-09-01", 7)]
    [InlineData("2026-05-01", 7)]
    public void RuleForPicksTheRuleInForceWhenTheClockStarts(string startsOn, int workingDays)
    {
        var policy = TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, Sep2017, new Timescale(7))]);

        Assert.Equal(workingDays, policy.RuleFor(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, DateOnly.ParseExact(startsOn, "yyyy-MM-dd"))!.Timescale.Length);
    }

    [Fact]
    public void RuleForPicksTheLatestOfSeveralDatedRules()
    {
        var policy = TimescalePolicy.Defaults.With([
            new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2024, 4, 1), new Timescale(5)),
            new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, Sep2017, new Timescale(7)),
        ]);

        Assert.Equal(10, policy.RuleFor(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2017, 1, 1))!.Timescale.Length);
        Assert.Equal(7, policy.RuleFor(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2024, 3, 31))!.Timescale.Length);
        Assert.Equal(5, policy.RuleFor(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2024, 4, 1))!.Timescale.Length);
    }

    [Fact]
    public void WithReplacesARuleOfTheSameKindKeyAndDate()
    {
        var policy = TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.StatutoryComplaint, TimescaleKey.Acknowledgement, DateOnly.MinValue, new Timescale(2))]);

        Assert.Equal(2, policy.RuleFor(CaseKind.StatutoryComplaint, TimescaleKey.Acknowledgement, new DateOnly(2026, 5, 1))!.Timescale.Length);
        Assert.Equal(TimescalePolicy.Defaults.Rules.Count(), policy.Rules.Count());
    }

    [Fact]
    public void WithLeavesTheOriginalPolicyAlone()
    {
        TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, DateOnly.MinValue, new Timescale(3))]);

        Assert.Equal(10, TimescalePolicy.Defaults.RuleFor(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2026, 5, 1))!.Timescale.Length);
    }

    [Theory]
    [InlineData(0, null, "timescale-positive")]
    [InlineData(-1, null, "timescale-positive")]
    [InlineData(10, 9, "maximum-below-timescale")]
    public void ValidateNamesTheBadRule(int workingDays, int? max, string rule)
    {
        var error = TimescalePolicy.Validate([
            new TimescaleRule(CaseKind.StatutoryComplaint, TimescaleKey.Stage1Response, DateOnly.MinValue, new Timescale(10, 20)),
            new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, Sep2017, new Timescale(workingDays, max)),
        ]);

        Assert.NotNull(error);
        Assert.Equal(("Timescales:MemberEnquiry:Stage1Response:2017-09-01", rule), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData(TimescaleKey.Stage1Response, TimescaleUnit.CalendarMonths, 1, null, "working-days-only")]
    [InlineData(TimescaleKey.Acknowledgement, TimescaleUnit.CalendarDays, 5, null, "working-days-only")]
    [InlineData(TimescaleKey.EscalationWindow, (TimescaleUnit)7, 28, null, "unknown-unit")]
    [InlineData(TimescaleKey.EscalationWindow, TimescaleUnit.CalendarDays, 0, null, "timescale-positive")]
    [InlineData(TimescaleKey.EscalationWindow, TimescaleUnit.CalendarMonths, 1, 2, "window-not-extendable")]
    [InlineData(TimescaleKey.EscalationWindow, TimescaleUnit.WorkingDays, 10, 20, "window-not-extendable")]
    public void ValidateAcceptsCalendarUnitsOnlyForTheEscalationWindow(TimescaleKey key, TimescaleUnit unit, int length, int? max, string rule)
    {
        var error = TimescalePolicy.Validate([new TimescaleRule(CaseKind.CorporateComplaint, key, Sep2017, new Timescale(length, max, unit))]);

        Assert.NotNull(error);
        Assert.Equal(($"Timescales:CorporateComplaint:{key}:2017-09-01", rule), (error.Field, error.Rule));
    }

    [Fact]
    public void ValidateSaysTheUnitInTheMessage()
    {
        var error = TimescalePolicy.Validate([new TimescaleRule(CaseKind.CorporateComplaint, TimescaleKey.EscalationWindow, Sep2017, new Timescale(0, Unit: TimescaleUnit.CalendarDays))]);

        Assert.Equal("Timescales:CorporateComplaint:EscalationWindow:2017-09-01 must allow at least 1 calendar day.", error!.Message);
    }

    [Theory]
    [InlineData(TimescaleUnit.CalendarDays, 28)]   // "within 28 days"
    [InlineData(TimescaleUnit.CalendarMonths, 1)]  // "within one month"
    [InlineData(TimescaleUnit.WorkingDays, 10)]    // "within 10 working days"
    public void ValidateAcceptsAnEscalationWindowInAnyUnit(TimescaleUnit unit, int length)
    {
        Assert.Null(TimescalePolicy.Validate([new TimescaleRule(CaseKind.CorporateComplaint, TimescaleKey.EscalationWindow, Sep2017, new Timescale(length, Unit: unit))]));
    }

    [Fact]
    public void ValidateAcceptsTheDefaults()
    {
        Assert.Null(TimescalePolicy.Validate(TimescalePolicy.Defaults.Rules));
    }
}
