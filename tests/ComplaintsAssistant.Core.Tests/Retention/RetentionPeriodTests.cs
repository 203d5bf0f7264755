using ComplaintsAssistant.Core.Retention;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Retention;

public class RetentionPeriodTests
{
    [Theory]
    [InlineData("6 years", 6, 0, "6 years")]
    [InlineData(" 1 Year ", 1, 0, "1 year")]
    [InlineData("18 months", 1, 6, "1 year and 6 months")]
    [InlineData("2 years and 3 months", 2, 3, "2 years and 3 months")]
    [InlineData("75 years", 75, 0, "75 years")]
    public void ReadsAPeriodAsACouncilWritesIt(string text, int years, int months, string words)
    {
        var period = RetentionPeriod.Parse("Retention:Classes:StatutoryComplaint:Keep", text);

        Assert.Equal((new RetentionPeriod(years, months), words), (period.Value, period.Value.InWords));
    }

    [Theory]
    [InlineData("six years")]
    [InlineData("6")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0 years")]
    [InlineData("-1 years")]
    public void RefusesWhatIsNotAPeriodNamingTheSetting(string? text)
    {
        var error = RetentionPeriod.Parse("Retention:Classes:Compliment:Keep", text).Error;

        Assert.Equal(("Retention:Classes:Compliment:Keep", "retention-period"), (error?.Field, error?.Rule));
    }

    [Theory]
    [InlineData("2024-02-29", 6, 0, "2030-02-28")]
    [InlineData("2026-08-31", 0, 6, "2027-02-28")]
    [InlineData("2026-06-16", 6, 0, "2032-06-16")]
    public void CountsCalendarYearsAndMonths(string start, int years, int months, string expected)
    {
        Assert.Equal(Day(expected), new RetentionPeriod(years, months).After(Day(start)));
    }
}
