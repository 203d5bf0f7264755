using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Linking;

namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>
/// What the intake proposes for one email: never a case, a draft the worker checks and corrects before creating it
/// (<c>POST /api/cases</c> with <see cref="InternetMessageId"/> as the intake key), or links to <see cref="ExistingCase"/>.
/// Property names are the API's (camelCase): kind, kindReason, memberType, complainant, childComplainedDirectly,
/// supportedByAdvocate, originalReceivedAt, receivedOn, receivedFrom, team, summary, internetMessageId, existingCase, warnings.
/// Every text in it is plain text taken from the email: show it as text, never as HTML.
/// </summary>
/// <param name="KindReason">Why, in words ("MP enquiry: sent from parliament.uk by the member's office").</param>
/// <param name="MemberName">The MP, MEP or councillor of a member enquiry, when the email says.</param>
/// <param name="OriginalReceivedAt">When the council received the original, with London's offset at that instant
/// (the moment the intake read it when the email carries no date at all: <see cref="ReceivedFrom.IntakeTime"/>, with a warning).</param>
/// <param name="ReceivedOn">The UK date of that instant: the day the working-day clock counts from (day 1 is the next working day).</param>
/// <param name="ReceivedEvidence">The header or line the instant was read from, quoted for the worker to confirm.</param>
/// <param name="Team">A suggestion from the council's team list, or null when nothing points to one.</param>
/// <param name="Language">ISO 639-1 code of the language it is written in, when not English.</param>
/// <param name="ExistingCase">The case this email belongs to: link it, don't create another.</param>
public sealed record EmailDraft(
    DraftKind Kind,
    string KindReason,
    MemberType? MemberType,
    string? MemberName,
    DraftComplainant Complainant,
    bool ChildComplainedDirectly,
    bool SupportedByAdvocate,
    DateTimeOffset OriginalReceivedAt,
    DateOnly ReceivedOn,
    ReceivedFrom ReceivedFrom,
    DateConfidence ReceivedConfidence,
    string ReceivedEvidence,
    string? Team,
    string? TeamReason,
    string Subject,
    string Summary,
    string? Language,
    string? InternetMessageId,
    LinkedCase? ExistingCase,
    IReadOnlyList<IntakeWarning> Warnings);

/// <summary>Who the representation is from: for a forward, the original author, not the member of staff.</summary>
/// <param name="Email">Their address, when the email gives it.</param>
/// <param name="Relationship">Null when the email is no one's representation (not a case) or the complainant is
/// someone else's (the Ombudsman writes about a complainant of its own).</param>
public sealed record DraftComplainant(string? Name, string? Email, ComplainantRelationship? Relationship);
