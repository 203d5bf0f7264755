using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Calendar;

/// <summary>
/// The closed-form counting against a day-by-day reference built on IsWorkingDay, which
/// <see cref="PublishedBankHolidaysTests"/> checks against the published list.
/// </summary>
public class ReferenceCountingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public static TheoryData<int> Years => [1995, 1999, 2002, 2012, .. Enumerable.Range(2015, 13)];

    [Theory]
    [MemberData(nameof(Years))]
    public void AddWorkingDaysMatchesCountingDayByDayGivenEveryStartInTheYear(int year)
    {
        for (var start = new DateOnly(year, 1, 1); start.Year == year; start = start.AddDays(1))
        {
            foreach (int n in new[] { 0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 65, 300 })
            {
                var expected = CountDayByDay(start, n);
                var actual = Calendar.AddWorkingDays(start, n);
                Assert.True(expected == actual, $"{start:yyyy-MM-dd} + {n}: expected {expected:yyyy-MM-dd}, got {actual:yyyy-MM-dd}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void WorkingDaysBetweenIsTheInverseOfAddWorkingDays(int year)
    {
        for (var start = new DateOnly(year, 1, 1); start.Year == year; start = start.AddDays(1))
        {
            foreach (int n in new[] { 0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 65, 300 })
            {
                var end = Calendar.AddWorkingDays(start, n);
                Assert.Equal(n, Calendar.WorkingDaysBetween(start, end));
                if (n > 0)
                {
                    // The end is the first day to reach n, so it is itself a working day.
                    Assert.True(Calendar.IsWorkingDay(end));
                    Assert.Equal(n - 1, Calendar.WorkingDaysBetween(start, end.AddDays(-1)));
                }
            }
        }
    }

    [Fact]
    public void WorkingDaysBetweenMatchesCountingDayByDayGivenSeededRandomPairs()
    {
        var random = new Random(20260501);
        var first = new DateOnly(1990, 1, 1);
        for (int i = 0; i < 5000; i++)
        {
            var from = first.AddDays(random.Next(0, 40 * 365));
            var to = from.AddDays(random.Next(-30, 800));
            int expected = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                expected += Calendar.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.True(expected == Calendar.WorkingDaysBetween(from, to), $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
        }
    }

    private static DateOnly CountDayByDay(DateOnly start, int workingDays)
    {
        var day = start;
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (Calendar.IsWorkingDay(day))
            {
                workingDays--;
            }
        }

        return day;
    }
}
