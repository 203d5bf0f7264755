using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>A running statutory clock. It keeps its start and its rule, never a stored due date, so
/// that when government declares a new bank holiday the due dates of open cases move with it.</summary>
/// <param name="Name">What must happen by the due date.</param>
/// <param name="StartedOn">Day 0: the due date is counted in working days from the day after it.</param>
/// <param name="Timescale">The rule in force when the clock started.</param>
/// <param name="FixedDueOn">Set instead of a timescale when someone else fixes the date (the Ombudsman).</param>
public sealed record Clock(
    ClockName Name,
    DateOnly StartedOn,
    Timescale Timescale,
    Extension? Extension = null,
    DateOnly? FixedDueOn = null)
{
    /// <summary>Working days allowed, after any extension.</summary>
    public int AllowedWorkingDays => Extension?.TotalWorkingDays ?? Timescale.Length;

    public DateOnly DueOn(WorkingDayCalendar calendar) =>
        FixedDueOn ?? (Extension is { } extension ? calendar.AddWorkingDays(StartedOn, extension.TotalWorkingDays) : Timescale.EndsOn(StartedOn, calendar));

    /// <summary>The due date against the fixed statutory period, ignoring extensions (reports use both).</summary>
    public DateOnly UnextendedDueOn(WorkingDayCalendar calendar) =>
        FixedDueOn ?? Timescale.EndsOn(StartedOn, calendar);
}

public enum ClockName
{
    /// <summary>The response to a stage (stage 1, stage 2, a member enquiry, an informal representation).</summary>
    Response,
    /// <summary>Stage 3: the review panel must meet within 30 working days of the request.</summary>
    PanelHearing,
    /// <summary>Stage 3: the panel's recommendations within 5 working days of the hearing.</summary>
    PanelRecommendations,
    /// <summary>Stage 3: the council's decision within 15 working days of receiving the recommendations.</summary>
    Decision,
}

/// <summary>An agreed extension of a clock.</summary>
/// <param name="TotalWorkingDays">The new total from the clock's start, not the days added.</param>
public sealed record Extension(
    int TotalWorkingDays,
    ExtensionGround Ground,
    string Reason,
    bool AgreedWithComplainant,
    DateOnly AgreedOn);

/// <summary>Why a stage 1 clock was extended to 20 working days (the 2006 Regulations allow complexity
/// or the time needed to find an advocate).</summary>
public enum ExtensionGround { Complex, AdvocateBeingFound, Other }
