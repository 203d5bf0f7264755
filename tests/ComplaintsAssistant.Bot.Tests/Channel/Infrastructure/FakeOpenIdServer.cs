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
/// </summary>
internal sealed class FakeOpenIdServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (RSA Key, string[] Endorsements, bool Published)> _keys = new();
    private WebApplication _app = null!;
    private string _baseUrl = string.Empty;
    private int _keyFetches;

    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public string MetadataUrl => _baseUrl + "/v1/.well-known/openidconfiguration";

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var server = new FakeOpenIdServer();
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", server.Metadata);
            app.MapGet("/v1/.well-known/keys", server.Keys);
        });
        server._app = app;
        server._baseUrl = baseUrl;
        return server;
    }

    /// <summary>Creates a key; unpublished keys sign tokens the bot can't know yet.</summary>
    public void AddKey(string kid, string[] endorsements, bool published = true) =>
        _keys[kid] = (RSA.Create(2048), endorsements, published);

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

    private IResult Keys()
    {
        Interlocked.Increment(ref _keyFetches);
        var keys = new JsonArray();
        foreach (var (kid, (rsa, endorsements, published)) in _keys)
        {
            if (!published)
            {
                continue;
            }

            var parameters = rsa.ExportParameters(false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
            });
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
