using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>A subject access request an officer recorded: who asked (the person the pack is about, found by these
/// details), when, and the dates that move its one-month clock (<see cref="SubjectAccessClock"/>). Personal data: stored,
/// never logged; prompts and digests name it by <see cref="Reference"/> only.</summary>
/// <param name="IdentityConfirmedOn">The day the proof of identity asked for arrived, when it was asked for: the clock starts then.</param>
/// <param name="ExtensionToldOn">The day the requester was told the request is complex and extended by two months.</param>
/// <param name="AnsweredOn">The day the pack was sent: the clock stops, and the digest stops listing it.</param>
public sealed record SubjectAccessRequest(
    Guid Id,
    string Reference,
    string Requester,
    string? Email,
    string? Phone,
    DateOnly ReceivedOn,
    DateOnly? IdentityConfirmedOn,
    DateOnly? ExtensionToldOn,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateOnly? AnsweredOn = null)
{
    public SubjectAccessClock Clock => new(ReceivedOn, IdentityConfirmedOn ?? ReceivedOn, ExtensionToldOn);

    public DateOnly DueOn(WorkingDayCalendar calendar) => Clock.DueOn(calendar);

    /// <summary>Who to look for in the person index: the requester's name, email and phone.</summary>
    public PersonQuery Person => new(Requester, Email, Phone);
}
