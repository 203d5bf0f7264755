namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>A name and address as written in a header; either may be missing.</summary>
public sealed record MailAddress(string? Name, string? Address)
{
    public string? Domain => EmailIntakeSettings.Domain(Address);

    /// <summary>The name, or the address when no name was given.</summary>
    public string? Display => string.IsNullOrWhiteSpace(Name) ? Address : Name;
}
