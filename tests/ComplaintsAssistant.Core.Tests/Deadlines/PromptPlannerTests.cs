using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Tests.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Deadlines;

/// <summary>A statutory complaint received Thursday 2 April 2026: stage 1 is due Monday 20 April (Good Friday 3 April and
/// Easter Monday 6 April don't count); the acknowledgement (3 working days) is due Thursday 9 April.</summary>
public class PromptPlannerTests
{
    private static readonly PromptPlanner Planner = new(PromptSettings.Default, ClockRules.Default);

    /// <summary>10:00 in London on the day (BST, so 09:00 UTC).</summary>
    private static DateTimeOffset At(string day, int londonHour = 10) =>
        new(Given.Day(day).ToDateTime(new TimeOnly(londonHour, 0)), TimeSpan.FromHours(1));

    private static Case EasterComplaint() => Given.StatutoryCase("2026-04-02");

    private static Case Acknowledged(Case c)
    {
        Assert.Null(c.Acknowledge(Given.Day("2026-04-07"), Given.Manager, Given.Now).Error);
        return c;
    }

    private static IEnumerable<(PromptClock Clock, int Threshold, PromptAudience Audience)> Plan(Case c, DateTimeOffset now) =>
        Planner.For(c, now).Select(p => (p.Due.Clock, p.Threshold, p.Audience));

    [Theory]
    [InlineData("2026-04-14", null)]   // 4 working days before: nothing yet
    [InlineData("2026-04-15", -3)]
    [InlineData("2026-04-16", -3)]     // still the same threshold: the ledger sends it once
    [InlineData("2026-04-17", -1)]
    [InlineData("2026-04-20", 0)]
    [InlineData("2026-04-21", 1)]
    [InlineData("2026-04-28", 6)]
    public void The_response_clock_prompts_its_owner_3_and_1_working_days_before_on_the_day_and_every_working_day_overdue(string day, int? expected)
    {
        var response = Planner.For(Acknowledged(EasterComplaint()), At(day)).Where(p => p is { Due.Clock: PromptClock.Response, Audience: PromptAudience.Owner }).ToList();

        Assert.Equal(expected, response.SingleOrDefault()?.Threshold);
        Assert.All(response, p => Assert.Equal(Given.Manager, p.Due.Owner));
    }

    [Fact]
    public void The_manager_is_told_once_the_clock_is_two_working_days_overdue_and_the_escalation_has_one_key_whatever_the_day()
    {
        var c = Acknowledged(EasterComplaint());

        Assert.DoesNotContain(Plan(c, At("2026-04-21")), p => p.Audience == PromptAudience.Manager);
        var wednesday = Planner.For(c, At("2026-04-22")).Single(p => p.Audience == PromptAudience.Manager);
        var thursday = Planner.For(c, At("2026-04-23")).Single(p => p.Audience == PromptAudience.Manager);

        Assert.Equal(wednesday.Key, thursday.Key);
    }

    [Fact]
    public void A_host_that_was_down_sends_the_latest_threshold_reached_not_every_one_it_missed()
    {
        var owner = Plan(Acknowledged(EasterComplaint()), At("2026-04-22")).Where(p => p.Audience == PromptAudience.Owner);

        Assert.Equal([(PromptClock.Response, 2, PromptAudience.Owner)], owner);
    }

    [Theory]
    [InlineData("2026-04-18", 12)]  // Saturday
    [InlineData("2026-04-03", 12)]  // Good Friday
    [InlineData("2026-04-17", 8)]   // before working hours
    [InlineData("2026-04-17", 17)]  // after
    [InlineData("2026-04-17", 2)]   // at night
    public void Nothing_goes_out_at_weekends_on_bank_holidays_or_outside_working_hours(string day, int londonHour) =>
        Assert.Empty(Planner.For(EasterComplaint(), At(day, londonHour)));

    [Fact]
    public void Working_hours_are_UK_time_across_the_change_to_summer_time()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var hours = WorkingHours.Default;

        // 08:00 UTC is 08:00 GMT on Friday 27 March 2026 but 09:00 BST on Monday 30 March (clocks went forward on the 29th).
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 3, 27, 8, 0, 0, TimeSpan.Zero), calendar));
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), calendar));
        // 16:30 UTC is 17:30 BST on Friday 23 October, but 16:30 GMT on Monday 26 October (clocks went back on the 25th).
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 10, 23, 16, 30, 0, TimeSpan.Zero), calendar));
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 10, 26, 16, 30, 0, TimeSpan.Zero), calendar));
    }

    [Fact]
    public void The_acknowledgement_prompts_until_it_is_recorded()
    {
        var c = EasterComplaint();

        Assert.Contains((PromptClock.Acknowledgement, -1, PromptAudience.Owner), Plan(c, At("2026-04-08")));
        Assert.Contains((PromptClock.Acknowledgement, 0, PromptAudience.Owner), Plan(c, At("2026-04-09")));
        Assert.DoesNotContain(Plan(Acknowledged(c), At("2026-04-09")), p => p.Clock == PromptClock.Acknowledgement);
    }

    [Fact]
    public void A_member_enquiry_is_acknowledged_by_the_next_working_day()
    {
        var enquiry = Given.Logged(Given.MemberEnquiry("2026-04-02"));

        // Received Thursday 2 April: the next working day is Tuesday 7 April, after Easter.
        var acknowledgement = Planner.For(enquiry, At("2026-04-02", 14)).Single(p => p.Due.Clock == PromptClock.Acknowledgement);

        Assert.Equal(Given.Day("2026-04-07"), acknowledgement.Due.DueOn);
        Assert.Equal(-1, acknowledgement.Threshold);
    }

    [Fact]
    public void An_extension_is_a_new_due_date_so_its_prompts_start_again()
    {
        var c = Acknowledged(EasterComplaint());
        var before = Planner.For(c, At("2026-04-21")).Single(p => p.Due.Clock == PromptClock.Response);

        Assert.Null(c.Extend(20, ExtensionGround.Complex, "Records held by another authority", true, Given.Day("2026-04-21"), Given.Manager, Given.Now).Error);

        // 20 working days from 2 April: Monday 5 May is the early May bank holiday, so Tuesday 5 May.
        Assert.Empty(Planner.For(c, At("2026-04-21")));
        var after = Planner.For(c, At("2026-04-29")).Single();
        Assert.Equal(Given.Day("2026-05-05"), after.Due.DueOn);
        Assert.Equal(-3, after.Threshold);
        Assert.NotEqual(before.Key, after.Key);
    }

    [Fact]
    public void After_a_reassignment_the_new_owner_is_prompted_and_the_old_one_not()
    {
        var c = Acknowledged(EasterComplaint());
        var old = Planner.For(c, At("2026-04-17")).Single();

        Assert.Null(c.Reassign("manager-2", Given.Logger, Given.Now).Error);
        var now = Planner.For(c, At("2026-04-17")).Single();

        Assert.Equal("manager-2", now.Due.Owner);
        Assert.Equal(-1, now.Threshold);
        Assert.NotEqual(old.Key, now.Key);
    }

    [Fact]
    public void A_responded_stage_prompts_nothing_and_the_next_stage_prompts_its_own_clock()
    {
        var responded = Given.StatutoryResponded();
        Assert.Empty(Planner.For(responded, At("2026-05-15")));

        // Stage 2 asked for and opened Monday 1 June: 25 working days end Monday 6 July.
        var stage2 = Given.StatutoryAtStage2();
        var prompt = Planner.For(stage2, At("2026-07-01")).Single(p => p.Due.Clock == PromptClock.Response);
        Assert.Equal((2, Given.Investigator, Given.Day("2026-07-06"), -3), (prompt.Due.Item, prompt.Due.Owner, prompt.Due.DueOn, prompt.Threshold));
    }

    [Fact]
    public void Stage_3_prompts_the_panel_the_recommendations_and_the_decision_in_turn()
    {
        Assert.Equal(PromptClock.PanelHearing, Planner.For(Given.StatutoryAtStage3(), At("2026-08-14")).Single(p => p.Audience == PromptAudience.Owner).Due.Clock);
        // Panel Wednesday 12 August: recommendations within 5 working days, Wednesday 19 August.
        var recommendations = Planner.For(Given.StatutoryPanelHeld(), At("2026-08-19")).Single();
        Assert.Equal((PromptClock.PanelRecommendations, 0), (recommendations.Due.Clock, recommendations.Threshold));
        Assert.Equal(PromptClock.Decision, Planner.For(Given.StatutoryRecommendationsIssued(), At("2026-09-08")).Single().Due.Clock);
    }

    [Fact]
    public void An_Ombudsman_date_prompts_as_fixed()
    {
        var enquiry = Given.Logged(Given.Ombudsman());
        Assert.Null(enquiry.Acknowledge(Given.Day("2026-06-02"), Given.Manager, Given.Now).Error);

        var prompt = Planner.For(enquiry, At("2026-06-29")).Single();

        Assert.Equal((PromptClock.Response, 0, "the Ombudsman"), (prompt.Due.Clock, prompt.Threshold, prompt.Due.FixedBy));
    }

    [Fact]
    public void Thresholds_are_set_per_kind_of_case()
    {
        var settings = PromptSettings.Default with
        {
            ByKind = new Dictionary<CaseKind, PromptThresholds> { [CaseKind.StatutoryComplaint] = new([5], OnTheDay: false, EveryWorkingDayOverdue: false, EscalateAfterWorkingDaysOverdue: 0) },
        };
        var planner = new PromptPlanner(settings, ClockRules.Default);
        var c = Acknowledged(EasterComplaint());

        Assert.Equal(-5, planner.For(c, At("2026-04-13")).Single().Threshold);
        Assert.Equal(-5, planner.For(c, At("2026-04-28")).Single().Threshold);
        // Other kinds keep the council's defaults: 1 working day before.
        Assert.Equal(-1, planner.For(Given.Logged(Given.MemberEnquiry("2026-04-02")), At("2026-04-02", 14)).Single().Threshold);
    }

    [Fact]
    public void A_learning_action_prompts_its_owner_once_past_its_target_and_is_not_escalated()
    {
        var c = Given.StatutoryResponded();
        Assert.Null(c.AddLearningAction(Attempt.Learning("2027-06-30"), Given.Manager, Given.Now).Error);

        Assert.Empty(Planner.For(c, At("2027-06-30")));
        Assert.Equal([(PromptClock.LearningAction, 1, PromptAudience.Owner)], Plan(c, At("2027-07-01")));
        Assert.Equal([(PromptClock.LearningAction, 3, PromptAudience.Owner)], Plan(c, At("2027-07-05")));
    }

    [Fact]
    public void Thresholds_say_which_was_reached_last_and_configured_ones_are_checked()
    {
        var thresholds = PromptThresholds.Default;

        Assert.Null(thresholds.LatestReached(-4));
        Assert.Equal(-3, thresholds.LatestReached(-2));
        Assert.Equal(0, thresholds.LatestReached(0));
        Assert.Null(thresholds.Validate("Prompts:Thresholds"));
        Assert.Equal("Prompts:Thresholds:WorkingDaysBefore", (thresholds with { WorkingDaysBefore = [0] }).Validate("Prompts:Thresholds")!.Field);
    }
}
