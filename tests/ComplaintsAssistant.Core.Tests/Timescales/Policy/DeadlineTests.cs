using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Timescales.Policy;

public class DeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // Received Fri 1 May 2026, due Mon 18 May 2026 (10 working days; Mon 4 May is a holiday).
    private static readonly Clock Stage1 = new(ClockName.Response, new DateOnly(2026, 5, 1), new Timescale(10, 20));

    [Theory]
    [InlineData("2026-05-01", 10, 0, 0)]
    [InlineData("2026-05-04", 10, 0, 3)]   // the bank holiday itself
    [InlineData("2026-05-05", 9, 1, 4)]
    [InlineData("2026-05-18", 0, 10, 17)]  // due today
    [InlineData("2026-05-19", -1, 11, 18)] // overdue
    [InlineData("2026-05-26", -5, 15, 25)] // over the spring bank holiday
    public void OfCountsWorkingDaysLeftAndElapsed(string today, int remaining, int workingElapsed, int calendarElapsed)
    {
        var deadline = Deadline.Of(Stage1, DateOnly.ParseExact(today, "yyyy-MM-dd"), Calendar);

        Assert.Equal(new DateOnly(2026, 5, 18), deadline.DueOn);
        Assert.Equal((remaining, workingElapsed, calendarElapsed, remaining < 0), (deadline.WorkingDaysRemaining, deadline.WorkingDaysElapsed, deadline.CalendarDaysElapsed, deadline.Overdue));
    }

    [Fact]
    public void OfShowsTheExtendedAndUnextendedDueDates()
    {
        var extended = Stage1 with { Extension = new Extension(20, ExtensionGround.Complex, "complex", true, new DateOnly(2026, 5, 12)) };

        var deadline = Deadline.Of(extended, new DateOnly(2026, 5, 12), Calendar);

        Assert.Equal((new DateOnly(2026, 6, 2), new DateOnly(2026, 5, 18), 20, true), (deadline.DueOn, deadline.UnextendedDueOn, deadline.AllowedWorkingDays, deadline.Extended));
        Assert.Equal("due Tuesday 2 June — 20 working days", deadline.InWords(new DateOnly(2026, 5, 12)));
    }

    [Fact]
    public void InWordsAddsTheYearWhenTheDueDateIsNextYear()
    {
        var christmas = new Clock(ClockName.Response, new DateOnly(2026, 12, 23), new Timescale(10, 20));

        Assert.Equal("due Monday 11 January 2027 — 10 working days", Deadline.Of(christmas, new DateOnly(2026, 12, 23), Calendar).InWords(new DateOnly(2026, 12, 23)));
    }

    [Fact]
    public void InWordsOmitsTheTimescaleForAFixedDate()
    {
        var ombudsman = new Clock(ClockName.Response, new DateOnly(2026, 6, 1), new Timescale(20), FixedDueOn: new DateOnly(2026, 6, 29));

        var deadline = Deadline.Of(ombudsman, new DateOnly(2026, 6, 1), Calendar);

        Assert.True(deadline.FixedDate);
        Assert.Equal("due Monday 29 June", deadline.InWords(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void StageTimesMeasuresAnAnsweredStageAgainstBothDueDates()
    {
        // Extended to 20, answered Fri 29 May 2026: late against the statutory 10, on time against the extension.
        var stage = new StageRecord(1, "manager-1", new DateOnly(2026, 5, 1),
            Stage1 with { Extension = new Extension(20, ExtensionGround.Complex, "complex", true, new DateOnly(2026, 5, 12)) },
            RespondedOn: new DateOnly(2026, 5, 29));

        var times = StageTimes.Of(stage, Calendar);

        Assert.Equal(new StageTimes(1, new DateOnly(2026, 6, 2), new DateOnly(2026, 5, 18), 18, 28, true, false), times);
    }

    [Fact]
    public void StageTimesLeavesAnUnansweredStageOpen()
    {
        var times = StageTimes.Of(new StageRecord(1, "manager-1", new DateOnly(2026, 5, 1), Stage1), Calendar);

        Assert.Equal(new StageTimes(1, new DateOnly(2026, 5, 18), new DateOnly(2026, 5, 18), null, null, null, null), times);
    }
}
