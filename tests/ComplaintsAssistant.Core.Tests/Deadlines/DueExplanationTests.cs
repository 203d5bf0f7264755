using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Tests.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Deadlines;

public class DueExplanationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_count_over_Easter_names_the_days_that_do_not_count() =>
        Assert.Equal("10 working days from Thursday 2 April; Good Friday and Easter Monday don't count",
            DueExplanation.Of(new DueClock(PromptClock.Response, 1, "m", Given.Day("2026-04-02"), Given.Day("2026-04-20"), 10), Calendar));

    [Fact]
    public void A_count_with_no_holiday_is_just_the_count_and_an_extension_says_what_it_was() =>
        Assert.Equal("20 working days from Monday 1 June (extended from 10)",
            DueExplanation.Of(new DueClock(PromptClock.Response, 1, "m", Given.Day("2026-06-01"), Given.Day("2026-06-29"), 20, ExtendedFrom: 10), Calendar));

    [Fact]
    public void A_count_over_the_new_year_gives_the_year_and_every_holiday_crossed() =>
        Assert.Equal("10 working days from Wednesday 23 December 2026; Christmas Day, Boxing Day and New Year’s Day don't count",
            DueExplanation.Of(new DueClock(PromptClock.Response, 1, "m", Given.Day("2026-12-23"), Given.Day("2027-01-11"), 10), Calendar));

    [Fact]
    public void A_fixed_date_says_who_set_it() =>
        Assert.Equal("the date the Ombudsman set",
            DueExplanation.Of(new DueClock(PromptClock.Response, 1, "m", Given.Day("2026-06-01"), Given.Day("2026-06-29"), null, FixedBy: "the Ombudsman"), Calendar));
}
