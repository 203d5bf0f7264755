namespace ComplaintsAssistant.Core.Learning;

/// <summary>One line of the annual report's action plan: what went wrong, what was learnt and who
/// will change what by when.</summary>
/// <param name="Number">1-based within its case.</param>
public sealed record LearningAction(
    int Number,
    string Issue,
    string Lesson,
    string Action,
    string Department,
    string Owner,
    DateOnly TargetDate,
    LearningStatus Status = LearningStatus.Open,
    string? ReviewNote = null,
    DateOnly? CompletedOn = null);

public enum LearningStatus { Open, InProgress, Completed, Cancelled }
