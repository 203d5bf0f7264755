using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

public class ThreadSafetyTests
{
    [Fact]
    public void AddWorkingDaysGivesTheSameAnswersWhenAFreshCalendarIsSharedAcrossThreads()
    {
        // A fresh calendar so that the threads race to fill its per-year cache.
        var shared = WorkingDayCalendar.EnglandAndWales.WithGovUkFile(PublishedList.Json);
        var reference = WorkingDayCalendar.EnglandAndWales;
        var starts = Enumerable.Range(0, 20_000).Select(i => new DateOnly(1990, 1, 1).AddDays(i)).ToArray();

        var actual = new DateOnly[starts.Length];
        Parallel.For(0, starts.Length, i => actual[i] = shared.AddWorkingDays(starts[i], 20 + (i % 50)));

        var expected = starts.Select((s, i) => reference.AddWorkingDays(s, 20 + (i % 50)));
        Assert.Equal(expected, actual);
    }
}
