using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseReassignTests
{
    [Fact]
    public void ReassignHandsTheCurrentStageToTheNewOwner()
    {
        var c = StatutoryCase();

        Assert.Null(c.Reassign(" manager-2 ", "officer-1", Now).Error);

        Assert.Equal("manager-2", c.Owner);
        Assert.Equal(Day("2026-05-18"), c.DueOn()); // the clock runs on
    }

    [Fact]
    public void ReassignChangesOnlyTheCurrentStage()
    {
        var c = StatutoryAtStage2();

        Assert.Null(c.Reassign("investigator-2", "officer-1", Now).Error);

        Assert.Equal((Manager, "investigator-2"), (c.Stages[0].Owner, c.Stages[1].Owner));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("  ", "required")]
    [InlineData(" MANAGER-1 ", "same-owner")]
    public void ReassignRefusesNoOwnerOrTheSameOwner(string owner, string rule)
    {
        Refused.Invalid(StatutoryCase().Reassign(owner, "officer-1", Now).Error, "owner", rule);
    }

    [Fact]
    public void ReassignAWaitingCaseIsAllowed()
    {
        Assert.Null(StatutoryEscalated().Reassign("manager-2", "officer-1", Now).Error);
    }
}
