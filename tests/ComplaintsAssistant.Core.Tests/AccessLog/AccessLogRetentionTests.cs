using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Core.Tests.AccessLog;

public sealed class AccessLogRetentionTests
{
    [Theory]
    [InlineData("2026-06-01T10:00:00Z", "6 years", "2020-06-01T00:00:00Z")]
    [InlineData("2026-06-01T00:00:00Z", "18 months", "2024-12-01T00:00:00Z")]
    // Calendar months: a year before 29 February is 28 February.
    [InlineData("2028-02-29T23:59:59Z", "1 year", "2027-02-28T00:00:00Z")]
    // 00:30 in London in summer is still the previous day in UTC.
    [InlineData("2026-07-01T00:30:00+01:00", "2 years", "2024-06-30T00:00:00Z")]
    public void ReadsBeforeTheCutOffAreDue(string now, string keep, string cutOff)
    {
        var retention = new AccessLogRetention(RetentionPeriod.Parse("Retention:AccessLogKeep", keep).Value);

        Assert.Equal(DateTimeOffset.Parse(cutOff, System.Globalization.CultureInfo.InvariantCulture),
            retention.DeleteBefore(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
