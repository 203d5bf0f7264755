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
/// audience = app id; lifetime with 5 min skew; then for Bot Framework tokens the <c>serviceurl</c>
/// claim must equal <c>activity.serviceUrl</c> and the key must be endorsed for <c>activity.channelId</c>
/// (else 403). There is no switch to turn this off; development mode is decided by the caller.
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
        var hasClaim = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl);
        if ((source.IsBotFramework || hasClaim)
            && !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Unauthorized(hasClaim ? "serviceurl claim mismatch" : "missing serviceurl claim");
        }

        if (source.IsBotFramework && !Endorsements.Endorses(configuration.JsonWebKeySet, token.Kid, activity.ChannelId))
        {
            return AuthResult.Forbidden("signing key not endorsed for the channel");
        }

        return AuthResult.Accepted;
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
            source.RequestRefresh();
            configuration = await source.GetAsync(cancellationToken);
            return HasKey(configuration, keyId) ? configuration : null;
        }
        catch (InvalidOperationException exception)
        {
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
