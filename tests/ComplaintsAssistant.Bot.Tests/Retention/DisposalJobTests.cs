using ComplaintsAssistant.Bot.Retention;

namespace ComplaintsAssistant.Bot.Tests.Retention;

/// <summary>The disposal job runs at 02:00 UK time: in British Summer Time, in winter, and across the clocks going forward.</summary>
public sealed class DisposalJobTests
{
    [Theory]
    [InlineData("2026-06-01T09:00:00Z", 16.0)]  // 10:00 BST → 02:00 BST tomorrow (01:00 UTC)
    [InlineData("2026-12-01T01:00:00Z", 1.0)]   // 01:00 GMT → 02:00 GMT today
    [InlineData("2026-12-01T02:00:00Z", 24.0)]  // exactly 02:00 GMT: the next night
    [InlineData("2026-03-28T02:30:00Z", 22.5)]  // 02:30 GMT Saturday → 02:00 BST Sunday 29 March (01:00 UTC)
    public void TheNextRunIsTheNext2amInLondon(string now, double hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), DisposalJob.UntilNextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
