using System.Collections.Frozen;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace EngagementBot.Connector.Authentication;

/// <summary>One fetched metadata document: its signing keys and each key's endorsements.</summary>
internal sealed record OpenIdKeySnapshot(
    IReadOnlyCollection<SecurityKey> SigningKeys,
    FrozenSet<string> KeyIds,
    FrozenDictionary<string, FrozenSet<string>> EndorsementsByKeyId,
    DateTimeOffset FetchedAt)
{
    public static OpenIdKeySnapshot From(OpenIdConnectConfiguration configuration, DateTimeOffset fetchedAt)
    {
        var signingKeys = configuration.SigningKeys.ToArray();
        var keyIds = signingKeys
            .Select(key => key.KeyId)
            .Where(id => !string.IsNullOrEmpty(id))
            .ToFrozenSet(StringComparer.Ordinal);

        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var jwk in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (!string.IsNullOrEmpty(jwk.Kid))
            {
                endorsements[jwk.Kid] = EndorsementReader.Read(jwk);
            }
        }

        return new OpenIdKeySnapshot(signingKeys, keyIds, endorsements.ToFrozenDictionary(StringComparer.Ordinal), fetchedAt);
    }

    public bool HasKey(string keyId) => KeyIds.Contains(keyId);

    public bool IsEndorsed(string? keyId, string channelId) =>
        keyId is not null
        && EndorsementsByKeyId.TryGetValue(keyId, out var channels)
        && channels.Contains(channelId);
}
