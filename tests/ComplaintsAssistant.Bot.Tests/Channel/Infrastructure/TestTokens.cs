using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>Builds Bot Framework-shaped channel tokens, and Entra-issued ones from the bot's tenant, for the auth matrix.</summary>
internal static class TestTokens
{
    public const string AppId = "test-app-id";
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The bot's tenant (Bot:TenantId) and the one app in it allowed to call (Bot:Auth:EntraCallerAppIds).</summary>
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string CallerAppId = "c0ffee00-0000-4000-8000-000000000001";

    /// <summary>Another app registration in the same tenant: it can get a token for the bot's audience too.</summary>
    public const string OtherAppId = "0bad0000-0000-4000-8000-000000000002";

    public static string Create(
        SigningCredentials credentials,
        string? serviceUrl,
        string issuer = Issuer,
        string audience = AppId,
        DateTime? expires = null,
        DateTime? notBefore = null,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var payload = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            payload["serviceurl"] = serviceUrl;
        }

        var nbf = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = expires ?? now.AddHours(1),
            Claims = payload,
            SigningCredentials = credentials,
        });
    }

    /// <summary>
    /// An Entra token of <see cref="TenantId"/> for the bot's audience, as Entra shapes each version: v1 from
    /// <c>sts.windows.net</c> names the caller in <c>appid</c>, v2 from <c>login.microsoftonline.com</c> in <c>azp</c>.
    /// A null caller leaves the app id claim out.
    /// </summary>
    public static string CreateEntra(SigningCredentials credentials, string? serviceUrl, EntraVersion version, string? callerAppId)
    {
        var claims = new Dictionary<string, object> { ["tid"] = TenantId, ["ver"] = version == EntraVersion.V1 ? "1.0" : "2.0" };
        if (callerAppId is not null)
        {
            claims[version == EntraVersion.V1 ? "appid" : "azp"] = callerAppId;
        }

        var issuer = version == EntraVersion.V1 ? $"https://sts.windows.net/{TenantId}/" : $"https://login.microsoftonline.com/{TenantId}/v2.0";
        return Create(credentials, serviceUrl, issuer, claims: claims);
    }
}

/// <summary>Entra access token versions: v1 (<c>sts.windows.net</c>, <c>appid</c>) and v2 (<c>login.microsoftonline.com/…/v2.0</c>, <c>azp</c>).</summary>
public enum EntraVersion
{
    V1,
    V2,
}
