using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

public class CaseLearningTests
{
    [Fact]
    public void AddLearningActionNumbersEachActionOnTheCase()
    {
        var c = StatutoryResponded();

        var first = c.AddLearningAction(Attempt.Learning(), Manager, Now);
        var second = c.AddLearningAction(Attempt.Learning("2027-09-30") with { Department = " Fostering " }, Manager, Now);

        Assert.Equal(new LearningAction(1, "Calls not returned", "Staff must call back within a day", "Add call-back to duty rota",
            "Children in Care", "manager-1", Day("2027-06-30")), first.Value);
        Assert.Equal((2, "Fostering", LearningStatus.Open), (second.Value.Number, second.Value.Department, second.Value.Status));
        Assert.Equal([first.Value, second.Value], c.LearningActions);
    }

    public static TheoryData<NewLearningAction, string, string> Incomplete => new()
    {
        { Attempt.Learning() with { Issue = "" }, "issue", "required" },
        { Attempt.Learning() with { Lesson = " " }, "lesson", "required" },
        { Attempt.Learning() with { Action = "" }, "action", "required" },
        { Attempt.Learning() with { Department = "" }, "department", "required" },
        { Attempt.Learning() with { Owner = "" }, "owner", "required" },
        { Attempt.Learning("2027-02-28"), "targetDate", "targetDate-before-today" },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void AddLearningActionRefusesIncompleteInput(NewLearningAction input, string field, string rule)
    {
        Refused.Invalid(StatutoryCase().AddLearningAction(input, Manager, Now).Error, field, rule);
    }

    [Fact]
    public void AddLearningActionAcceptsATargetOfToday()
    {
        Assert.Null(StatutoryCase().AddLearningAction(Attempt.Learning("2027-03-01"), Manager, Now).Error);
    }

    [Fact]
    public void UpdateLearningActionMovesItOnAndDatesItsCompletion()
    {
        var c = StatutoryCase();
        c.AddLearningAction(Attempt.Learning(), Manager, Now);

        var started = c.UpdateLearningAction(1, LearningStatus.InProgress, " Rota drafted ", Manager, Now);
        Assert.Equal((LearningStatus.InProgress, "Rota drafted", (DateOnly?)null), (started.Value.Status, started.Value.ReviewNote, started.Value.CompletedOn));

        var done = c.UpdateLearningAction(1, LearningStatus.Completed, "Rota in use since March", Manager, Now);
        Assert.Equal((LearningStatus.Completed, Today), (done.Value.Status, done.Value.CompletedOn!.Value));
        Assert.Equal(done.Value, Assert.Single(c.LearningActions));
    }

    [Fact]
    public void UpdateLearningActionKeepsTheReviewNoteWhenNoneIsGiven()
    {
        var c = StatutoryCase();
        c.AddLearningAction(Attempt.Learning(), Manager, Now);
        c.UpdateLearningAction(1, LearningStatus.InProgress, "Rota drafted", Manager, Now);

        Assert.Equal("Rota drafted", c.UpdateLearningAction(1, LearningStatus.Cancelled, null, Manager, Now).Value.ReviewNote);
    }

    [Fact]
    public void UpdateLearningActionRefusesCompletionWithoutAReviewNote()
    {
        var c = StatutoryCase();
        c.AddLearningAction(Attempt.Learning(), Manager, Now);

        Refused.Invalid(c.UpdateLearningAction(1, LearningStatus.Completed, " ", Manager, Now).Error, "reviewNote", "review-note-on-completion");
    }

    [Fact]
    public void UpdateLearningActionRefusesAnUnknownStatus()
    {
        var c = StatutoryCase();
        c.AddLearningAction(Attempt.Learning(), Manager, Now);

        Refused.Invalid(c.UpdateLearningAction(1, (LearningStatus)9, null, Manager, Now).Error, "status", "unknown-value");
    }

    [Fact]
    public void UpdateLearningActionReportsAnUnknownNumberAsNotFound()
    {
        var error = StatutoryCase().UpdateLearningAction(3, LearningStatus.InProgress, null, Manager, Now).Error;

        Refused.Because(error, Common.ErrorKind.NotFound, null, "not-found");
        Assert.Equal("Learning action 3 on CC-2026-0001 was not found.", error!.Message);
    }
}
