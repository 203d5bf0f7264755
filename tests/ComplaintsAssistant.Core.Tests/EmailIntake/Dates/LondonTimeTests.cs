using ComplaintsAssistant.Core.EmailIntake.Dates;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Dates;

/// <summary>London's clock as the Summer Time Order sets it since 1998: BST from 01:00 GMT on the last Sunday in March to
/// 01:00 GMT on the last Sunday in October. Computed here from that rule, not from a tz database, so a host whose
/// operating system lacks or garbles Europe/London fails here rather than misdating a complaint by an hour.</summary>
public sealed class LondonTimeTests
{
    public static TheoryData<int> Years() => [.. Enumerable.Range(1998, 40)];

    [Theory]
    [MemberData(nameof(Years))]
    public void SummerTimeRunsFromTheLastSundayInMarchToTheLastSundayInOctoberAt0100Gmt(int year)
    {
        var spring = LastSunday(year, 3);
        var autumn = LastSunday(year, 10);

        Assert.Equal(TimeSpan.Zero, OffsetAt(spring, new TimeOnly(0, 59, 59)));
        Assert.Equal(TimeSpan.FromHours(1), OffsetAt(spring, new TimeOnly(1, 0)));
        Assert.Equal(TimeSpan.FromHours(1), OffsetAt(autumn, new TimeOnly(0, 59, 59)));
        Assert.Equal(TimeSpan.Zero, OffsetAt(autumn, new TimeOnly(1, 0)));
        Assert.Equal(TimeSpan.FromHours(1), OffsetAt(new DateOnly(year, 7, 15), new TimeOnly(12, 0)));
        Assert.Equal(TimeSpan.Zero, OffsetAt(new DateOnly(year, 1, 15), new TimeOnly(12, 0)));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void AWallClockTimeInTheHourThatNeverHappenedIsReadAsTheClockNotYetMovedWouldShowIt(int year)
    {
        var spring = LastSunday(year, 3);

        var (at, change) = LondonTime.Resolve(spring, new TimeOnly(1, 30));

        Assert.Equal(ClockChange.Skipped, change);
        Assert.Equal(new DateTimeOffset(spring.ToDateTime(new TimeOnly(2, 30)), TimeSpan.FromHours(1)), at);
        Assert.Equal(TimeSpan.FromHours(1), at.Offset);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void AWallClockTimeInTheHourThatHappenedTwiceIsTheFirstInSummerTime(int year)
    {
        var autumn = LastSunday(year, 10);

        var (at, change) = LondonTime.Resolve(autumn, new TimeOnly(1, 30));

        Assert.Equal(ClockChange.Repeated, change);
        Assert.Equal(new DateTimeOffset(autumn.ToDateTime(new TimeOnly(1, 30)), TimeSpan.FromHours(1)), at);
    }

    [Fact]
    public void AnOrdinaryWallClockTimeTakesTheOffsetOfItsSeason()
    {
        Assert.Equal((new DateTimeOffset(2026, 6, 2, 9, 15, 0, TimeSpan.FromHours(1)), ClockChange.None),
            LondonTime.Resolve(new DateOnly(2026, 6, 2), new TimeOnly(9, 15)));
        Assert.Equal((new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero), ClockChange.None),
            LondonTime.Resolve(new DateOnly(2026, 12, 3), new TimeOnly(9, 15)));
    }

    /// <summary>London's offset at a GMT (UTC) date and time.</summary>
    private static TimeSpan OffsetAt(DateOnly date, TimeOnly utc) =>
        LondonTime.InLondon(new DateTimeOffset(date.ToDateTime(utc), TimeSpan.Zero)).Offset;

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
