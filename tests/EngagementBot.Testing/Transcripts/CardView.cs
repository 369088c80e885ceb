using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EngagementBot.Testing.Transcripts;

/// <summary>
/// Reads a card reply for assertions: every string value in it (so "contains" ignores JSON
/// escaping and structure), and values at simple paths like <c>data.inputs[0].id</c>.
/// </summary>
public static partial class CardView
{
    [GeneratedRegex(@"^(?<name>[^\[\]]*)(?:\[(?<index>\d+)\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    public static JsonNode Parse(string cardJson) =>
        JsonNode.Parse(cardJson) ?? throw new TranscriptAssertionException("the card is JSON null");

    /// <summary>All string values in the card, one per line.</summary>
    public static string Text(JsonNode card) => string.Join("\n", Strings(card));

    /// <summary>The node at a dotted path with optional indexes (<c>facts[2].value</c>); null when absent.</summary>
    public static JsonNode? Select(JsonNode card, string path)
    {
        JsonNode? node = card;
        foreach (var part in path.Split('.'))
        {
            var match = Segment().Match(part);
            if (!match.Success)
            {
                return null;
            }

            if (match.Groups["name"].Value.Length > 0)
            {
                node = (node as JsonObject)?[match.Groups["name"].Value];
            }

            foreach (Capture index in match.Groups["index"].Captures)
            {
                var i = int.Parse(index.Value, CultureInfo.InvariantCulture);
                node = node is JsonArray array && i < array.Count ? array[i] : null;
            }
        }

        return node;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
