using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace EngagementBot.Cards.Tests.Support;

/// <summary>Deep JSON equality: same structure, same keys (any order), numbers equal as numbers.</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, string actual) => Equal(JsonNode.Parse(expected), JsonNode.Parse(actual));

    public static void Equal(JsonNode? expected, JsonNode? actual)
    {
        var difference = FindDifference(expected, actual, "$");
        if (difference is not null)
        {
            throw new XunitException(
                $"JSON differs at {difference}{Environment.NewLine}expected: {Show(expected)}{Environment.NewLine}actual:   {Show(actual)}");
        }
    }

    /// <summary>The path of the first difference, or null when the two are equal.</summary>
    public static string? FindDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                {
                    var keys = e.Select(p => p.Key).Union(a.Select(p => p.Key), StringComparer.Ordinal);
                    foreach (var key in keys)
                    {
                        if (!e.ContainsKey(key) || !a.ContainsKey(key))
                        {
                            return $"{path}.{key} (present on one side only)";
                        }

                        if (FindDifference(e[key], a[key], $"{path}.{key}") is { } inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                }

            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path} (length {e.Count} vs {a.Count})";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (FindDifference(e[i], a[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonValue e, JsonValue a):
                return ValuesEqual(e, a) ? null : path;
            default:
                return path;
        }
    }

    private static bool ValuesEqual(JsonValue expected, JsonValue actual)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Number => ToDouble(expected) == ToDouble(actual),
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            _ => true,
        };
    }

    private static double ToDouble(JsonValue value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 2000 ? text[..2000] + "…" : text;
    }
}
