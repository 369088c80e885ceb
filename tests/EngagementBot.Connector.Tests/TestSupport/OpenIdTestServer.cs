using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EngagementBot.Connector.Tests.TestSupport;

/// <summary>An RSA signing key generated for a test, with the channels it is endorsed for.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public string[] Endorsements { get; }

    public SigningCredentials Credentials => new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}

/// <summary>
/// Serves OpenID metadata and a JWKS through an HttpMessageHandler; the key set can change
/// between fetches, and JWKS fetches are counted.
/// </summary>
public sealed class OpenIdTestServer
{
    private readonly object _gate = new();
    private IReadOnlyList<TestSigningKey> _keys;
    private int _jwksFetches;

    public OpenIdTestServer(string metadataUrl, string issuer, params TestSigningKey[] keys)
    {
        MetadataUrl = metadataUrl;
        Issuer = issuer;
        JwksUrl = metadataUrl.TrimEnd('/') + "/keys";
        _keys = keys;
    }

    public string MetadataUrl { get; }

    public string JwksUrl { get; }

    public string Issuer { get; }

    public bool Unreachable { get; set; }

    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    public void PublishKeys(params TestSigningKey[] keys)
    {
        lock (_gate)
        {
            _keys = keys;
        }
    }

    /// <summary>Answers requests for this server's URLs; returns null for anyone else's.</summary>
    public HttpResponseMessage? TryAnswer(HttpRequestMessage request)
    {
        var url = request.RequestUri!.AbsoluteUri;
        if (url != MetadataUrl && url != JwksUrl)
        {
            return null;
        }

        if (Unreachable)
        {
            throw new HttpRequestException("metadata host unreachable");
        }

        if (url == MetadataUrl)
        {
            var metadata = new JsonObject
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = JwksUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            };
            return StubHttpHandler.Json(HttpStatusCode.OK, metadata.ToJsonString());
        }

        Interlocked.Increment(ref _jwksFetches);
        IReadOnlyList<TestSigningKey> keys;
        lock (_gate)
        {
            keys = _keys;
        }

        var jwks = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) };
        return StubHttpHandler.Json(HttpStatusCode.OK, jwks.ToJsonString());
    }
}

/// <summary>Creates signed JWTs for tests.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Create(
        TestSigningKey key,
        string issuer,
        string audience,
        string? serviceUrl,
        DateTime? expires = null,
        DateTime? notBefore = null,
        IDictionary<string, object>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = key.Credentials,
        };
        return Handler.CreateToken(descriptor);
    }

    /// <summary>Replaces the signature with one from another key (same header, so same kid).</summary>
    public static string WithForeignSignature(string token, string foreignToken)
    {
        var parts = token.Split('.');
        var foreignParts = foreignToken.Split('.');
        return $"{parts[0]}.{parts[1]}.{foreignParts[2]}";
    }
}
