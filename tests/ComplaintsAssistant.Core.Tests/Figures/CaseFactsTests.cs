using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Tests.Figures;

public class CaseFactsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static Case Complaint(ComplainantRelationship relationship = ComplainantRelationship.Parent) =>
        Case.Log(new NewCase(CaseKind.StatutoryComplaint, new DateOnly(2026, 5, 1), HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(relationship, Name: "A Person"), [],
            ["Lack of communication", "Unhappy with assessment", "lack of communication"]), "CC-2026-0001", Guid.NewGuid(), "officer-1", Now, ClockRules.Default).Value;

    // Received Friday 1 May 2026; Monday 4 May and Monday 25 May are bank holidays; stage 1 is due Monday 18 May.
    [Theory]
    [InlineData("2026-05-18", 10, TimelinessBand.WithinTimescale, true)]
    [InlineData("2026-05-19", 11, TimelinessBand.WithinExtendedTimescale, false)]
    [InlineData("2026-05-29", 18, TimelinessBand.WithinExtendedTimescale, false)]
    [InlineData("2026-05-17", 9, TimelinessBand.WithinTimescale, true)]  // a Sunday, before the due Monday
    [InlineData("2026-05-16", 9, TimelinessBand.WithinTimescale, true)]  // a Saturday: no working day passes at weekends
    public void AnAnsweredStageIsBandedInWorkingDaysFromReceiptIgnoringExtensions(string respondedOn, int days, TimelinessBand band, bool within)
    {
        var complaint = Complaint();
        complaint.Extend(20, ExtensionGround.Complex, "Several agencies", true, new DateOnly(2026, 5, 5), "manager-1", Now);
        complaint.RecordResponse(new StageResponse(DateOnly.Parse(respondedOn, System.Globalization.CultureInfo.InvariantCulture), Outcome.Upheld,
            [Resolution.Apology], complaint.Concerns.Select(c => new ConcernOutcome(c.Number, Outcome.Upheld)).ToArray()), "manager-1", Now);

        var stage = CaseFacts.Of(complaint, WorkingDayCalendar.EnglandAndWales).Stages.Single();

        Assert.Equal((days, band, within, true), (stage.WorkingDays, stage.Band, stage.WithinStatutory, stage.WithinExtended));
        Assert.Equal(new DateOnly(2026, 5, 18), stage.StatutoryDueOn);
    }

    [Fact]
    public void AnUnansweredStageHasNoBandUntilWithdrawn()
    {
        var complaint = Complaint();
        Assert.Null(CaseFacts.Of(complaint, WorkingDayCalendar.EnglandAndWales).Stages.Single().Band);

        complaint.Withdraw(new DateOnly(2026, 5, 6), "Resolved with the family", "manager-1", Now);
        Assert.Equal(TimelinessBand.Withdrawn, CaseFacts.Of(complaint, WorkingDayCalendar.EnglandAndWales).Stages.Single().Band);
    }

    [Fact]
    public void ARepeatedCategoryIsMarkedSoItCanBeCountedOnce() =>
        Assert.Equal([true, true, false], CaseFacts.Of(Complaint(), WorkingDayCalendar.EnglandAndWales).Concerns.Select(c => c.FirstOfCategory));

    // domain.md: a "complaint by a young person" includes an advocate complaining on the child's behalf.
    [Theory]
    [InlineData(ComplainantRelationship.Advocate, true)]
    [InlineData(ComplainantRelationship.ChildOrYoungPerson, true)]
    [InlineData(ComplainantRelationship.FosterCarer, false)]
    public void AnAdvocateCountsAsAYoungPerson(ComplainantRelationship relationship, bool young) =>
        Assert.Equal(young, CaseFacts.Of(Complaint(relationship), WorkingDayCalendar.EnglandAndWales).Case.ByYoungPerson);
}
