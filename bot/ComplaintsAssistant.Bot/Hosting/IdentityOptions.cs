namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Section <c>Entra</c>: who may call the HTTP API in production (bearer tokens from Entra ID).
/// With neither this nor <c>Bot:AppId</c> configured the host runs in local development mode.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Entra";

    /// <summary>The council's Entra tenant id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API's app registration (client) id; tokens must be issued for it (or for <see cref="Audience"/>).</summary>
    public string? ClientId { get; set; }

    /// <summary>Accepted audience if it differs from <see cref="ClientId"/>, e.g. <c>api://complaints</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>Login host; change only for sovereign clouds.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);
}
