using System.Text.Json;

namespace EngagementBot.Connector.Turns;

/// <summary>Reads nested string values out of loosely shaped JSON without throwing.</summary>
internal static class JsonElementReader
{
    /// <summary>The string at <paramref name="path"/> (object property names), or null.</summary>
    public static string? GetString(JsonElement? element, params ReadOnlySpan<string> path)
    {
        if (element is not { } current)
        {
            return null;
        }

        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : null;
    }

    /// <summary>The element at <paramref name="path"/>, or null when absent or JSON null.</summary>
    public static JsonElement? GetElement(JsonElement? element, params ReadOnlySpan<string> path)
    {
        if (element is not { } current)
        {
            return null;
        }

        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }
}
