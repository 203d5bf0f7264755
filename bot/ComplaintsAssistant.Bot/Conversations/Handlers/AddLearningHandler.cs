using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>A line for the action plan: issue, lesson, action, department, owner, target date.</summary>
public sealed class AddLearningHandler(CaseService cases, CaseCards cards, ILogger<AddLearningHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.AddLearning;
    protected override string Prefix => "learning.";

    protected override CaseCommand Read(FormReader form, DateOnly today) => new AddLearningAction(new NewLearningAction(
        form.Text("issue"), form.Text("lesson"), form.Text("action"), form.Text("department"), form.Text("owner"),
        form.Date("targetDate", "the target date")));

    protected override string Done(CaseView view) => $"Learning action {view.Case.LearningActions.Count} added to {view.Case.Reference}.";
}
