using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>
/// Statutory or corporate, as the Children Act 1989 Representations Procedure (England) Regulations 2006 decide it:
/// the statutory procedure is for complaints by or for a child looked after, in need or leaving care (the child, a
/// parent, someone with parental responsibility, a foster carer, a special guardian, an advocate, or someone with
/// sufficient interest) about social care services under the Act. Child protection enquiries and conferences, court
/// matters (s7/s37 reports, proceedings), other council services and professionals complaining for themselves go to
/// the corporate procedure.
/// </summary>
internal static class Eligibility
{
    public static KindDecision Decide(EmailFacts facts, string complaintPhrase, ComplainantRelationship relationship)
    {
        if (Lexicon.ChildProtectionOrCourt.FirstIn(facts.Words) is { } cp)
            return new(DraftKind.CorporateComplaint,
                $"Corporate complaint: it says \"{complaintPhrase}\" and is about \"{cp}\" — child protection and court matters are outside the statutory procedure (2006 Regulations).");
        if (Lexicon.NotChildrensSocialCare.FirstIn(facts.Words) is { } other)
            return new(DraftKind.CorporateComplaint,
                $"Corporate complaint: it says \"{complaintPhrase}\" and is about \"{other}\", not a social care service under the Children Act 1989.");
        if (relationship is ComplainantRelationship.Professional or ComplainantRelationship.Other or ComplainantRelationship.MemberOfPublic)
            return new(DraftKind.CorporateComplaint,
                $"Corporate complaint: it says \"{complaintPhrase}\", from a {Describe(relationship)} rather than the child or someone acting for them (2006 Regulations, reg 5).");
        return new(DraftKind.StatutoryComplaint,
            $"Statutory complaint: it says \"{complaintPhrase}\", from {Describe(relationship)} about children's social care (Children Act 1989, 2006 Regulations).");
    }

    public static string Describe(ComplainantRelationship relationship) => relationship switch
    {
        ComplainantRelationship.ChildOrYoungPerson => "the child or young person",
        ComplainantRelationship.Parent => "a parent",
        ComplainantRelationship.Grandparent => "a grandparent",
        ComplainantRelationship.Relative => "a relative",
        ComplainantRelationship.ParentOrRelative => "a parent or relative",
        ComplainantRelationship.FosterCarer => "a foster carer",
        ComplainantRelationship.SpecialGuardian => "a special guardian",
        ComplainantRelationship.Advocate => "an advocate",
        ComplainantRelationship.Solicitor => "a solicitor",
        ComplainantRelationship.Professional => "professional",
        ComplainantRelationship.ElectedMember => "an elected member",
        _ => "friend or member of the public",
    };
}
