using ComplaintsAssistant.Bot.Channel.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Channel.Auth;

/// <summary>
/// Authenticates a channel request exactly as bot-protocol.md §2.1/§2.4: Bearer JWT; issuer
/// known; key from the issuer's metadata (unknown kid → one forced refetch, then fail); RS256/384/512;
/// audience = app id; lifetime with 5 min skew; the <c>serviceurl</c> claim must equal
/// <c>activity.serviceUrl</c>; then a Bot Framework key must be endorsed for <c>activity.channelId</c>, and an
/// Entra token's caller app (<c>appid</c>/<c>azp</c>) must be listed (else 403). There is no switch to turn this
/// off; development mode is decided by the caller.
/// </summary>
public sealed class InboundAuthenticator(
    SigningKeySources sources,
    TimeProvider time,
    IOptions<ChannelOptions> options,
    ILogger<InboundAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public static bool HasBearer(string? authorization) =>
        authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.Ordinal) && authorization.Length > BearerPrefix.Length;

    public async Task<AuthResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (!HasBearer(authorization))
        {
            return AuthResult.Unauthorized("no bearer token");
        }

        var token = authorization![BearerPrefix.Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return AuthResult.Unauthorized("not a JWT");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return AuthResult.Unauthorized("malformed JWT");
        }

        var source = sources.ForIssuer(unvalidated.Issuer);
        if (source is null)
        {
            return AuthResult.Unauthorized("issuer not accepted");
        }

        if (string.IsNullOrEmpty(unvalidated.Kid))
        {
            return AuthResult.Unauthorized("no key id");
        }

        var configuration = await KeysWithAsync(source, unvalidated.Kid, cancellationToken);
        if (configuration is null)
        {
            return AuthResult.Unauthorized("unknown signing key");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(source, configuration));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return AuthResult.Unauthorized("token invalid: " + (result.Exception?.GetType().Name ?? "unknown"));
        }

        return CheckChannelBinding(source, configuration, validated, activity);
    }

    private static AuthResult CheckChannelBinding(SigningKeySource source, OpenIdConnectConfiguration configuration, JsonWebToken token, Activity activity)
    {
        // Every issuer: the token names the service URL the bot will answer, so a token can't be replayed to send the
        // bot's own token somewhere else.
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl))
        {
            return AuthResult.Unauthorized("missing serviceurl claim");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Unauthorized("serviceurl claim mismatch");
        }

        if (source.CallerAppIds is not { } callers)
        {
            return Endorsements.Endorses(configuration.JsonWebKeySet, token.Kid, activity.ChannelId)
                ? AuthResult.Accepted
                : AuthResult.Forbidden("signing key not endorsed for the channel");
        }

        // Any app in the tenant can get a token for the bot's audience: only the listed callers may speak for a user.
        return EntraCaller.AppIdOf(token) switch
        {
            null => AuthResult.Unauthorized("no caller app id (appid for a v1 token, azp for v2)"),
            var caller when callers.Contains(caller) => AuthResult.Accepted,
            _ => AuthResult.Forbidden("caller app not in Bot:Auth:EntraCallerAppIds"),
        };
    }

    private async Task<OpenIdConnectConfiguration?> KeysWithAsync(SigningKeySource source, string keyId, CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await source.GetAsync(cancellationToken);
            if (HasKey(configuration, keyId))
            {
                return configuration;
            }

            // Key rollover: new keys may appear at any time.
            logger.UnknownSigningKey(source.MetadataUrl);
            configuration = await source.FetchNowAsync(cancellationToken);
            return HasKey(configuration, keyId) ? configuration : null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            // The cache wraps a failed fetch in InvalidOperationException; a fetch made now throws IOException.
            logger.MetadataUnavailable(source.MetadataUrl, exception);
            return null;
        }
    }

    private static bool HasKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    private TokenValidationParameters Parameters(SigningKeySource source, OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = source.Issuers,
        ValidAudience = options.Value.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        LifetimeValidator = ValidateLifetime,
        ClockSkew = options.Value.Auth.ClockSkew,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        return expires is { } exp
            && now <= exp.ToUniversalTime() + skew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }
}
