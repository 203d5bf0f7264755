namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>Configuration section <c>FigureLinks</c>: the key that signs the card's "Download CSV" and "Open the report"
/// links, and the host's public address they start with.</summary>
public sealed class FigureLinkOptions
{
    public const string Section = "FigureLinks";

    /// <summary>Any long secret (32+ characters). When unset one is made at start-up, so links stop working on restart:
    /// fine for local development, so set it (Key Vault) when several hosts serve one bot.</summary>
    public string? Key { get; set; }

    /// <summary>"https://complaints.example.gov.uk": the host as a browser reaches it. Unset: links are relative to the page
    /// that opens them (the local try-out page).</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a link works. Short, because whoever holds it sees what its viewer may see.</summary>
    public int MinutesValid { get; set; } = 15;
}
