using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Tests.Timescales.Calendar;
using ComplaintsAssistant.Core.Tests.UseCases.Fakes;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Time.Testing;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.UseCases;

/// <summary>A bank holiday declared after cases were logged re-times every deadline the scheduler reads, not only the
/// due date lists show.</summary>
public class DeclaredBankHolidayTests
{
    private readonly InMemoryCaseStore _store = new();

    private static ClockRules WithDeclared(string day) =>
        ClockRules.Default with { Calendar = ClockRules.Default.Calendar.WithGovUkFile(GovUkJson.PublishedYear(2026, add: [day])) };

    private CaseService Service(ClockRules rules) => new(_store, rules, CouncilVocabulary.Default, new PeopleList([]), _store, new FakeTimeProvider(Now));

    [Fact]
    public async Task A_declared_holiday_moves_an_acknowledgement_even_when_the_due_date_is_fixed_by_the_Ombudsman()
    {
        // Received Monday 1 June, acknowledgement in 3 working days (Thursday 4 June); the Ombudsman fixed 29 June.
        var enquiry = Logged(Ombudsman("2026-06-01", dueOn: "2026-06-29"));
        await _store.AddAsync(enquiry, CaseIndex.Of(enquiry, ClockRules.Default));

        var moved = await Service(WithDeclared("2026-06-03")).RefreshDueDatesAsync();

        var listed = Assert.Single(await _store.ListAsync(new CaseQuery(OpenOnly: true)));
        Assert.Equal((1, Day("2026-06-29"), Day("2026-06-05")), (moved, listed.DueOn, listed.PromptOn));
        var candidate = Assert.Single(await _store.ListPromptCandidatesAsync(Day("2026-06-30"), null, 10));
        Assert.Equal(Day("2026-06-05"), candidate.PromptOn);
    }

    [Fact]
    public async Task Cases_no_declared_holiday_touches_are_not_saved_again()
    {
        var enquiry = Logged(Ombudsman("2026-06-01", dueOn: "2026-06-29"));
        await _store.AddAsync(enquiry, CaseIndex.Of(enquiry, ClockRules.Default));

        Assert.Equal(0, await Service(WithDeclared("2026-07-06")).RefreshDueDatesAsync());
    }
}
