using ComplaintsAssistant.Core.Council;

namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>What the intake needs to know about the council; the host binds it from configuration.</summary>
/// <param name="Vocabulary">The council's team list, from which a team is suggested.</param>
/// <param name="Councillors">The member list: their enquiries are member enquiries, not complaints.</param>
/// <param name="OwnDomains">The council's email domains (e.g. <c>havering.gov.uk</c>): mail from them is staff
/// forwarding someone else's email, or internal admin.</param>
/// <param name="ComplaintsMailbox">The complaints mailbox's address, so its own acknowledgements are not mistaken for staff.</param>
public sealed record EmailIntakeSettings(
    CouncilVocabulary Vocabulary,
    IReadOnlyList<Councillor> Councillors,
    IReadOnlyList<string> OwnDomains,
    string? ComplaintsMailbox = null,
    IntakeLimits? Limits = null)
{
    public IntakeLimits Bounds => Limits ?? IntakeLimits.Default;

    /// <summary>True for an address at one of the council's domains or their subdomains.</summary>
    public bool IsCouncilAddress(string? address)
    {
        var domain = Domain(address);
        return domain is not null && OwnDomains.Any(own =>
            domain.Equals(own, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + own, StringComparison.OrdinalIgnoreCase));
    }

    public Councillor? CouncillorWithEmail(string? address) =>
        address is null ? null : Councillors.FirstOrDefault(c => c.Emails.Contains(address.Trim(), StringComparer.OrdinalIgnoreCase));

    public static string? Domain(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : address![(at + 1)..].Trim().TrimEnd('>', '.').ToLowerInvariant();
    }
}
