using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>
/// The Bot Framework OpenID metadata and keys document on loopback, with test RSA keys and
/// their <c>endorsements</c>. Keys can be published later (rollover) and fetches are counted.
/// It also plays Entra for any tenant (<see cref="EntraMetadataUrlTemplate"/>), with its own keys and no endorsements.
/// </summary>
internal sealed class FakeOpenIdServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (RSA Key, string[] Endorsements, bool Published, bool Entra)> _keys = new();
    private WebApplication _app = null!;
    private string _baseUrl = string.Empty;
    private int _keyFetches;

    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public string MetadataUrl => _baseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>For <c>Bot:Auth:EntraMetadataUrlTemplate</c>: the bot replaces <c>{tenantId}</c>.</summary>
    public string EntraMetadataUrlTemplate => _baseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration";

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var server = new FakeOpenIdServer();
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", server.Metadata);
            app.MapGet("/v1/.well-known/keys", () => server.Keys(entra: false));
            app.MapGet("/{tenantId}/v2.0/.well-known/openid-configuration", (string tenantId) => server.EntraMetadata(tenantId));
            app.MapGet("/{tenantId}/discovery/v2.0/keys", () => server.Keys(entra: true));
        });
        server._app = app;
        server._baseUrl = baseUrl;
        return server;
    }

    /// <summary>Creates a key; unpublished keys sign tokens the bot can't know yet.</summary>
    public void AddKey(string kid, string[] endorsements, bool published = true) =>
        _keys[kid] = (RSA.Create(2048), endorsements, published, Entra: false);

    /// <summary>A key in Entra's keys document (not the Bot Framework one).</summary>
    public void AddEntraKey(string kid) => _keys[kid] = (RSA.Create(2048), [], Published: true, Entra: true);

    public void Publish(string kid) => _keys[kid] = _keys[kid] with { Published = true };

    public SigningCredentials Credentials(string kid, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_keys[kid].Key) { KeyId = kid }, algorithm);

    private IResult Metadata() => Results.Text(new JsonObject
    {
        ["issuer"] = "https://api.botframework.com",
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = _baseUrl + "/v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString(), "application/json");

    private IResult EntraMetadata(string tenantId) => Results.Text(new JsonObject
    {
        ["issuer"] = $"https://login.microsoftonline.com/{tenantId}/v2.0",
        ["authorization_endpoint"] = $"https://login.microsoftonline.com/{tenantId}/oauth2/v2.0/authorize",
        ["jwks_uri"] = $"{_baseUrl}/{tenantId}/discovery/v2.0/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    }.ToJsonString(), "application/json");

    private IResult Keys(bool entra)
    {
        Interlocked.Increment(ref _keyFetches);
        var keys = new JsonArray();
        foreach (var (kid, (rsa, endorsements, published, isEntra)) in _keys)
        {
            if (!published || isEntra != entra)
            {
                continue;
            }

            var parameters = rsa.ExportParameters(false);
            var key = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (!entra)
            {
                key["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray());
            }

            keys.Add(key);
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
