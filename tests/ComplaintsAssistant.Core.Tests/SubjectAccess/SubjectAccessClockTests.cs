using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Core.Timescales;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.SubjectAccess;

/// <summary>The ICO's examples and its rules for short months and days off.</summary>
public class SubjectAccessClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2026-09-03", "2026-10-05")] // 3 October 2026 is a Saturday: the next working day
    [InlineData("2026-09-21", "2026-10-21")]
    [InlineData("2027-01-31", "2027-03-01")] // no 31 February: last day of February is Sunday 28th, so Monday 1 March
    [InlineData("2026-08-31", "2026-09-30")] // no 31 September: the 30th
    [InlineData("2026-11-25", "2026-12-29")] // 25 December → Christmas, Boxing Day (Sat), substitute Monday 28th
    [InlineData("2026-04-03", "2026-05-05")] // Sunday 3 May, then the early May bank holiday on the 4th
    public void IsDueOnTheSameDateNextMonthOrTheNextWorkingDay(string received, string due)
    {
        Assert.Equal(Day(due), SubjectAccessClock.Received(Day(received)).DueOn(Calendar));
    }

    [Fact]
    public void CountsFromTheDayIdentityIsProvenWhenThatIsLater()
    {
        var clock = SubjectAccessClock.Received(Day("2026-09-03")).WaitedFor(Day("2026-09-10")).Value!;

        Assert.Equal(Day("2026-10-12"), clock.DueOn(Calendar)); // Saturday 10 October → Monday 12th
        Assert.Equal(Day("2026-09-03"), clock.ReceivedOn);
    }

    [Fact]
    public void AComplexRequestGetsTwoFurtherMonthsIfTheRequesterIsToldInTheFirst()
    {
        var clock = SubjectAccessClock.Received(Day("2026-09-21")).Extend(Day("2026-10-21"), Calendar).Value!;

        Assert.Equal(Day("2026-12-21"), clock.DueOn(Calendar));
    }

    [Fact]
    public void AnExtensionAfterTheFirstMonthIsRefusedSayingByWhen()
    {
        var error = SubjectAccessClock.Received(Day("2026-09-21")).Extend(Day("2026-10-22"), Calendar).Error;

        Assert.Equal(("toldOn", "extension-in-time"), (error?.Field, error?.Rule));
        Assert.Contains("by 21 October 2026", error?.Message);
    }

    [Fact]
    public void ExtendsOnceOnly()
    {
        var once = SubjectAccessClock.Received(Day("2026-09-21")).Extend(Day("2026-10-01"), Calendar).Value!;

        Assert.Equal("extended-once", once.Extend(Day("2026-10-02"), Calendar).Error?.Rule);
    }
}
