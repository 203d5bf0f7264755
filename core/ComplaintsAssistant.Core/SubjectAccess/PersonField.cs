namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>Where on a case a person's details were found: what a search result says matched.</summary>
public enum PersonField
{
    /// <summary>The complainant's name.</summary>
    ComplainantName,
    /// <summary>The complainant's contact details (an email address or a phone number).</summary>
    ComplainantContact,
    /// <summary>The MP, MEP or councillor who made a member enquiry.</summary>
    MemberName,
    /// <summary>The constituent a member enquiry was made for.</summary>
    OnBehalfOf,
    /// <summary>The sender of an email kept with the case.</summary>
    EmailSender,
}

/// <summary>One key of the person index: where on the case it came from and its normalised value (<see cref="PersonKeys"/>).</summary>
public sealed record PersonKey(PersonField Field, string Key);
