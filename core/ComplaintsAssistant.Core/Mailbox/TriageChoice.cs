using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>What the officer chose on the triage card to make the case with.</summary>
/// <param name="Category">The category of concern for a complaint, or the compliment's category.</param>
public sealed record TriageChoice(string? Team, string? Owner, string? Category);

/// <summary>The case made from a triage draft: what the officer chose over what the intake proposed.</summary>
public static class TriageCase
{
    public static NewCase From(TriageDraft triage, CaseKind kind, TriageChoice choice)
    {
        var draft = triage.Draft;
        var relationship = draft?.Complainant.Relationship ?? ComplainantRelationship.ParentOrRelative;
        var complainant = kind is CaseKind.OmbudsmanEnquiry or CaseKind.Compliment
            ? null
            : new Complainant(relationship, draft?.ChildComplainedDirectly ?? false, draft?.SupportedByAdvocate ?? false,
                Name: draft?.Complainant.Name, Contact: draft?.Complainant.Email);
        return new NewCase(
            kind,
            draft?.ReceivedOn ?? default,
            HowReceived.Email,
            choice.Team ?? "",
            Owner: string.IsNullOrWhiteSpace(choice.Owner) ? null : choice.Owner,
            Complainant: complainant,
            ConcernCategories: kind is CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint && !string.IsNullOrWhiteSpace(choice.Category) ? [choice.Category] : null,
            Summary: draft?.Summary,
            Member: kind == CaseKind.MemberEnquiry ? new MemberDetails(draft?.MemberType ?? MemberType.Councillor, draft?.MemberName ?? "") : null,
            Compliment: kind == CaseKind.Compliment ? new ComplimentDetails(choice.Category ?? "", SourceOf(relationship), draft?.Summary ?? "") : null,
            Ombudsman: kind == CaseKind.OmbudsmanEnquiry ? new OmbudsmanDetails(null, draft?.ExistingCase?.Reference) : null,
            IntakeKey: triage.Key);
    }

    private static ComplimentSource SourceOf(ComplainantRelationship relationship) => relationship switch
    {
        ComplainantRelationship.ChildOrYoungPerson => ComplimentSource.YoungPerson,
        ComplainantRelationship.ParentOrRelative or ComplainantRelationship.SpecialGuardian => ComplimentSource.ParentOrCarer,
        ComplainantRelationship.FosterCarer => ComplimentSource.FosterCarer,
        ComplainantRelationship.Solicitor => ComplimentSource.PoliceJudgeOrLegal,
        ComplainantRelationship.Professional or ComplainantRelationship.Advocate => ComplimentSource.Professional,
        _ => ComplimentSource.Other,
    };
}
