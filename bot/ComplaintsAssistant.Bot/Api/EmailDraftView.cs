using System.Text.Json.Serialization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Linking;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The intake's draft as the API answers it: the fields issue 16 lists, always present (null when not known, so a
/// client can tell "no existing case" from an old server), plus what the worker needs to check it (the evidence quoted, the
/// confidence, the team's reason, the subject, the language). Every text is plain text from the email: show it as text.</summary>
public sealed record EmailDraftView(
    DraftKind Kind,
    string KindReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] MemberType? MemberType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? MemberName,
    DraftComplainantView Complainant,
    bool ChildComplainedDirectly,
    bool SupportedByAdvocate,
    DateTimeOffset OriginalReceivedAt,
    DateOnly ReceivedOn,
    ReceivedFrom ReceivedFrom,
    DateConfidence ReceivedConfidence,
    string ReceivedEvidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Team,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? TeamReason,
    string Subject,
    string Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Language,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? InternetMessageId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ExistingCaseView? ExistingCase,
    IReadOnlyList<IntakeWarning> Warnings)
{
    public static EmailDraftView From(EmailDraft draft) => new(
        draft.Kind, draft.KindReason, draft.MemberType, draft.MemberName,
        new DraftComplainantView(draft.Complainant.Name, draft.Complainant.Email, draft.Complainant.Relationship),
        draft.ChildComplainedDirectly, draft.SupportedByAdvocate,
        draft.OriginalReceivedAt, draft.ReceivedOn, draft.ReceivedFrom, draft.ReceivedConfidence, draft.ReceivedEvidence,
        draft.Team, draft.TeamReason, draft.Subject, draft.Summary, draft.Language, draft.InternetMessageId,
        draft.ExistingCase is { } linked ? new ExistingCaseView(linked.Id, linked.Reference, linked.Link) : null,
        draft.Warnings);
}

public sealed record DraftComplainantView(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Email,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ComplainantRelationship? Relationship);

/// <param name="Link">How we know: <c>sameMessage</c> (this email already made the case), <c>referenceInSubject</c>, <c>sameConversation</c>.</param>
public sealed record ExistingCaseView(Guid Id, string Reference, CaseLink Link);
