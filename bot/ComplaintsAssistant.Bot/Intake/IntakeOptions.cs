namespace ComplaintsAssistant.Bot.Intake;

/// <summary>Section <c>Intake</c>: what the email intake must know about the council to read its mail (the team list comes
/// from <c>Council:Teams</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>The council's own email domains, e.g. <c>thornbury.gov.uk</c>: mail from them is staff forwarding someone
    /// else's email, or internal admin. Subdomains count too.</summary>
    public List<string> OwnDomains { get; set; } = [];

    /// <summary>The council's elected members, whose emails are member enquiries, not complaints.</summary>
    public List<CouncillorSetting> Councillors { get; set; } = [];

    /// <summary>The complaints mailbox's address, so its own acknowledgements are not mistaken for staff.</summary>
    public string? ComplaintsMailbox { get; set; }
}

/// <summary>One councillor: their name, and every address they write from (many use personal addresses).</summary>
public sealed class CouncillorSetting
{
    public string Name { get; set; } = "";
    public List<string> Emails { get; set; } = [];
}
