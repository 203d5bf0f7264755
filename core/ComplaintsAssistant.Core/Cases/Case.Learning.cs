using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;

namespace ComplaintsAssistant.Core.Cases;

public sealed partial class Case
{
    /// <summary>Adds a line to the action plan: what went wrong, the lesson, the action, who and by when.</summary>
    public Result<LearningAction> AddLearningAction(NewLearningAction input, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.AddLearningAction)
            ?? Check.All(
                Check.Required(input.Issue, "issue", 2000),
                Check.Required(input.Lesson, "lesson", 2000),
                Check.Required(input.Action, "action", 2000),
                Check.Required(input.Department, "department"),
                Check.Required(input.Owner, "owner", words: "the action's owner"),
                Check.NotBefore(input.TargetDate, UkDate.On(now), "targetDate", "today"));
        if (refused is not null) return refused;

        var action = new LearningAction(_state.LearningActions.Count + 1, input.Issue.Trim(), input.Lesson.Trim(), input.Action.Trim(),
            input.Department.Trim(), input.Owner.Trim(), input.TargetDate);
        Set(_state with { LearningActions = [.. _state.LearningActions, action] });
        Record(now, actorId, "learning-added", $"Learning action {action.Number} added for {action.Department}, due {action.TargetDate:yyyy-MM-dd}");
        return action;
    }

    /// <summary>Moves a learning action on and records the review note.</summary>
    public Result<LearningAction> UpdateLearningAction(int number, LearningStatus status, string? reviewNote, string actorId, DateTimeOffset now)
    {
        var refused = Workflow.Check(this, CaseAction.UpdateLearningAction)
            ?? Check.All(
                Enum.IsDefined(status) ? null : DomainError.Invalid("status", "unknown-value", "The status must be open, in progress, completed or cancelled."),
                Check.Optional(reviewNote, "reviewNote"),
                status == LearningStatus.Completed && string.IsNullOrWhiteSpace(reviewNote)
                    ? DomainError.Invalid("reviewNote", "review-note-on-completion", "Say what was done (the review note) when completing a learning action.")
                    : null);
        if (refused is not null) return refused;
        var existing = _state.LearningActions.FirstOrDefault(a => a.Number == number);
        if (existing is null) return DomainError.NotFound($"Learning action {number} on {Reference}");

        var updated = existing with
        {
            Status = status,
            ReviewNote = reviewNote?.Trim() ?? existing.ReviewNote,
            CompletedOn = status == LearningStatus.Completed ? UkDate.On(now) : null,
        };
        Set(_state with { LearningActions = _state.LearningActions.Select(a => a.Number == number ? updated : a).ToArray() });
        Record(now, actorId, "learning-updated", $"Learning action {number} is now {status}");
        return updated;
    }
}

public sealed record NewLearningAction(string Issue, string Lesson, string Action, string Department, string Owner, DateOnly TargetDate);
