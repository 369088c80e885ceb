using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EngagementBot.Testing.Fakes;

/// <summary>
/// A local OpenID provider shaped like the Bot Framework's: metadata with a jwks_uri, RSA keys with
/// channel endorsements, and a way to sign tokens as the channel would (or deliberately wrong).
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published = [];
    private LoopbackServer? _server;

    public Uri MetadataUrl => new(_server!.BaseAddress, ".well-known/openidconfiguration");

    /// <summary>How many times the JWKS was fetched (key refresh).</summary>
    public int KeyFetches { get; private set; }

    public RsaSecurityKey SigningKey { get; private set; } = NewKey("key-1");

    public static async Task<FakeOpenIdServer> StartAsync(params string[] endorsements)
    {
        var fake = new FakeOpenIdServer();
        fake._published.Add((fake.SigningKey, endorsements.Length == 0 ? ["msteams"] : endorsements));
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/.well-known/openidconfiguration", (HttpContext ctx) => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = BotFrameworkIssuer,
                ["authorization_endpoint"] = "https://invalid.example/authorize",
                ["jwks_uri"] = new Uri(fake._server!.BaseAddress, "keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
            app.MapGet("/keys", () =>
            {
                fake.KeyFetches++;
                return Results.Json(new { keys = fake._published.Select(p => ToJwk(p.Key, p.Endorsements)).ToArray() });
            });
        });
        return fake;
    }

    /// <summary>Publishes a new key (key rotation) and signs with it from now on.</summary>
    public RsaSecurityKey Rotate(string kid, params string[] endorsements)
    {
        SigningKey = NewKey(kid);
        _published.Add((SigningKey, endorsements.Length == 0 ? ["msteams"] : endorsements));
        return SigningKey;
    }

    /// <summary>Signs a channel token; every part can be overridden to make it wrong.</summary>
    public string CreateToken(
        string audience,
        string serviceUrl,
        string issuer = BotFrameworkIssuer,
        DateTime? expires = null,
        DateTime? notBefore = null,
        SecurityKey? signWith = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl), new Claim("appid", "channel-app")]),
            SigningCredentials = new SigningCredentials(signWith ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private static Dictionary<string, object> ToJwk(RsaSecurityKey key, string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
