using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace EngagementBot.Connector.Authentication;

/// <summary>Reads a JWKS key's <c>endorsements</c> (the channels it may sign for).</summary>
internal static class EndorsementReader
{
    private const string EndorsementsMember = "endorsements";

    public static FrozenSet<string> Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var raw) || raw is null)
        {
            return FrozenSet<string>.Empty;
        }

        var values = new List<string>();
        switch (raw)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } value)
                    {
                        values.Add(value);
                    }
                }

                break;
            case string single:
                values.Add(single);
                break;
            case IEnumerable<object> items:
                values.AddRange(items.OfType<string>());
                break;
        }

        return values.ToFrozenSet(StringComparer.Ordinal);
    }
}
