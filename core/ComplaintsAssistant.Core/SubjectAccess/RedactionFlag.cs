using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>Something in a pack that may be a third party's personal data, for an officer to review (and redact if
/// needed) before the pack is sent. Which things are flagged, and why staff are not: docs/decisions/0018-subject-access.md.</summary>
/// <param name="Where">Where it is: a JSON path in the case's file (<c>complainant.name</c>), or a file in the pack.</param>
/// <param name="Why">In words an officer understands.</param>
public sealed record RedactionFlag(string Where, string Why);

/// <summary>The third parties' data on a case, judged against who the requester is (the fields their search matched).</summary>
public static class ThirdParties
{
    public static IReadOnlyList<RedactionFlag> On(CaseSnapshot subject, IReadOnlyList<PersonField> matched)
    {
        var flags = new List<RedactionFlag>();
        var requesterIsComplainant = matched.Contains(PersonField.ComplainantName) || matched.Contains(PersonField.ComplainantContact);
        if (subject.Complainant is { } complainant)
        {
            if (!requesterIsComplainant && complainant.Name is not null)
                flags.Add(new("complainant.name", "The complainant is someone other than the requester."));
            if (!requesterIsComplainant && complainant.Contact is not null)
                flags.Add(new("complainant.contact", "The complainant's contact details: someone other than the requester."));
            if (requesterIsComplainant && complainant.Contact is not null && !matched.Contains(PersonField.ComplainantContact))
                flags.Add(new("complainant.contact", "Contact details that didn't match the requester's: check they are theirs."));
        }
        if (subject.Member is { } member)
        {
            if (!matched.Contains(PersonField.MemberName))
                flags.Add(new("member.memberName", "The MP or councillor who made the enquiry is someone other than the requester."));
            if (member.OnBehalfOf is not null && !matched.Contains(PersonField.OnBehalfOf))
                flags.Add(new("member.onBehalfOf", "The constituent the enquiry was made for is someone other than the requester."));
        }
        var requesterIsTheChild = requesterIsComplainant && subject.Complainant?.Relationship == ComplainantRelationship.ChildOrYoungPerson;
        for (var i = 0; i < subject.Children.Count && !requesterIsTheChild; i++)
            flags.Add(new($"children[{i}]", "About a child the case concerns, who is not the requester: a parent's request for a child's data is the child's right."));
        if (!string.IsNullOrWhiteSpace(subject.Summary))
            flags.Add(new("summary", "Free text: may name other people (family members, other children)."));
        if (!string.IsNullOrWhiteSpace(subject.ClosureNote))
            flags.Add(new("closureNote", "Free text: may name other people."));
        if (subject.Audit.Count > 0)
            flags.Add(new("audit[].detail", "The history's notes are free text: may name other people."));
        if (subject.Compliment is not null)
            flags.Add(new("compliment.words", "A compliment's words may name the worker or other people."));
        return flags;
    }

    /// <summary>An email kept with the case: its sender, if not the requester, and its body and attachments, which may
    /// name anyone.</summary>
    public static RedactionFlag Email(string file, bool fromRequester) => new(file, fromRequester
        ? "An email from the requester: its text and attachments may name other people."
        : "An email from someone other than the requester: their personal data, and its text and attachments may name other people.");
}
