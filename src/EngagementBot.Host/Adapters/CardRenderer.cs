using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Host.Adapters;

/// <summary>
/// The dialog engine's card port, served by the Adaptive Card templates in <c>cards/</c>.
/// <para>
/// Every string the engine puts in card data is plain text, and much of it carries the user's own
/// words (answers in summary facts, titles and questions that quote earlier answers). Adaptive
/// Cards render markdown in TextBlocks and facts, and Teams acts on <c>&lt;at&gt;</c> mentions, so
/// before binding, text is escaped with <see cref="CardText.Escape"/> to show literally.
/// </para>
/// <para>
/// The rule: a string is text to show — and is escaped — unless the card hands it back to the bot
/// or tells inputs apart by it. Those are left exactly as they are:
/// <list type="bullet">
/// <item>identifiers: <c>id</c> (inputs), <c>prompt</c> and <c>form</c> (which card a submit came from),
/// <c>command</c>, <c>verb</c>, <c>requestId</c>, <c>userIds</c>;</item>
/// <item>template switches: <c>kind</c>, <c>style</c>;</item>
/// <item><c>value</c>, everywhere but in a fact (a choice's value is what its button submits, an
/// input's value is what it submits unless changed) — a fact is the only place a value is shown;</item>
/// <item>everything inside a <c>data</c> object: an Action.Submit payload, sent back verbatim.</item>
/// </list>
/// Escaping by default means a new field of display text is safe without a change here.
/// </para>
/// </summary>
public sealed class CardRenderer(ICardTemplates templates) : ICardRenderer
{
    private const string FactsKey = "facts";
    private const string ValueKey = "value";

    private static readonly FrozenSet<string> Verbatim = new[]
    {
        "id", "prompt", "form", "command", "verb", "requestId", "userIds", "kind", "style", "data",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Render(string templateId, JsonNode data) => templates.Render(templateId, Escaped(data, key: null));

    /// <summary>A copy of <paramref name="node"/> with its display text escaped; <paramref name="key"/> names where it sits (for an array item, the array's key).</summary>
    private static JsonNode? Escaped(JsonNode? node, string? key) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(
            property.Key,
            IsVerbatim(property.Key, key) ? property.Value?.DeepClone() : Escaped(property.Value, property.Key)))),
        JsonArray array => new JsonArray([.. array.Select(item => Escaped(item, key))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(CardText.Escape(value.GetValue<string>())),
        _ => node?.DeepClone(),
    };

    /// <summary>Whether property <paramref name="name"/> of an object found under <paramref name="objectKey"/> goes into the card untouched.</summary>
    private static bool IsVerbatim(string name, string? objectKey) =>
        Verbatim.Contains(name)
        || (string.Equals(name, ValueKey, StringComparison.OrdinalIgnoreCase) && !string.Equals(objectKey, FactsKey, StringComparison.OrdinalIgnoreCase));
}
