using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>Builds Bot Framework-shaped channel tokens for the auth matrix.</summary>
internal static class TestTokens
{
    public const string AppId = "test-app-id";
    public const string Issuer = "https://api.botframework.com";

    public static string Create(
        SigningCredentials credentials,
        string? serviceUrl,
        string issuer = Issuer,
        string audience = AppId,
        DateTime? expires = null,
        DateTime? notBefore = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var nbf = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = credentials,
        });
    }
}
