namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>Something the worker should check before creating the case, in words they can act on.</summary>
/// <param name="Code">A short stable code, e.g. <c>weekday-mismatch</c>, for edges that style or count warnings.</param>
public sealed record IntakeWarning(string Code, string Message);
