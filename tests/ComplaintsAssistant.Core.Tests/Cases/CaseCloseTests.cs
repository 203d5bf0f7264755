using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseCloseTests
{
    [Fact]
    public void CloseEndsARespondedComplaint()
    {
        var c = StatutoryResponded(); // answered Fri 15 May 2026

        Assert.Null(c.Close(Day("2026-06-16"), " Escalation window passed. ", Manager, Now).Error);

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal((Day("2026-06-16"), "Escalation window passed."), (c.Snapshot.ClosedOn, c.Snapshot.ClosureNote));
    }

    [Theory]
    [InlineData("2026-05-14", "closedOn", "closedOn-before-respondedOn")]
    [InlineData("2027-03-02", "closedOn", "date-in-future")]
    public void CloseRefusesAnImpossibleDate(string on, string field, string rule)
    {
        Refused.Invalid(StatutoryResponded().Close(Day(on), null, Manager, Now).Error, field, rule);
    }

    [Fact]
    public void CloseRefusesAnUnansweredCase()
    {
        var error = Refused.ByWorkflow(StatutoryCase().Close(Day("2026-05-15"), null, Manager, Now).Error, "close-not-allowed");

        Assert.Equal("Can't close the case: CC-2026-0001 is in progress.", error.Message);
    }

    [Fact]
    public void CloseRefusesAPendingEscalation()
    {
        Refused.ByWorkflow(StatutoryEscalated().Close(Day("2026-06-02"), null, Manager, Now).Error, "close-not-allowed");
    }
}
