using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>The person index's keys for a case, written by the stores with every save of the case so a subject access
/// search is an index look-up, never a read of case documents. Children are not named on a case (equalities monitoring
/// only), so they give no keys; emails' senders are added as emails are kept (<see cref="Storage.IPersonIndex"/>).</summary>
public static class PersonIndex
{
    public static IReadOnlyList<PersonKey> Of(Case subject) => Of(subject.Snapshot);

    public static IReadOnlyList<PersonKey> Of(CaseSnapshot subject)
    {
        var keys = new List<PersonKey>();
        if (subject.Complainant is { } complainant)
        {
            keys.AddRange(PersonKeys.NameKeys(complainant.Name).Select(k => new PersonKey(PersonField.ComplainantName, k)));
            if (PersonKeys.ContactKey(complainant.Contact) is { } contact) keys.Add(new PersonKey(PersonField.ComplainantContact, contact));
        }
        if (subject.Member is { } member)
        {
            keys.AddRange(PersonKeys.NameKeys(member.MemberName).Select(k => new PersonKey(PersonField.MemberName, k)));
            keys.AddRange(PersonKeys.NameKeys(member.OnBehalfOf).Select(k => new PersonKey(PersonField.OnBehalfOf, k)));
        }
        return keys.Distinct().ToArray();
    }

    /// <summary>The key an email's sender gives, or null when the address isn't one.</summary>
    public static PersonKey? Sender(string? address) =>
        PersonKeys.Email(address) is { } email ? new PersonKey(PersonField.EmailSender, PersonKeys.EmailPrefix + email) : null;
}
