using System.Text.Json.Nodes;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// What pressing an Action.Submit on a card the bot sent submits, as an Adaptive Cards client
/// builds it: the button's own <c>data</c>, plus the card's input values under their ids (unless the
/// button has <c>associatedInputs: none</c>). Reads the real card, so a test presses what the
/// user would see rather than data it made up; an input id the card lacks is an error.
/// </summary>
public static class CardPress
{
    public static JsonObject Submit(JsonNode card, string buttonTitle, IReadOnlyDictionary<string, string>? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var button = Elements(card).FirstOrDefault(e => Text(e, "type") == "Action.Submit" && Text(e, "title") == buttonTitle)
            ?? throw new InvalidOperationException($"the card has no Action.Submit titled '{buttonTitle}':\n{card.ToJsonString()}");
        var value = button["data"] is JsonObject data ? (JsonObject)data.DeepClone() : [];
        if (inputs is null || Text(button, "associatedInputs") == "none")
        {
            return value;
        }

        var inputIds = Elements(card).Where(e => Text(e, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true).Select(e => Text(e, "id")).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, text) in inputs)
        {
            if (!inputIds.Contains(id))
            {
                throw new InvalidOperationException($"the card has no input '{id}' (it has {string.Join(", ", inputIds)})");
            }

            value[id] = text;
        }

        return value;
    }

    /// <summary>
    /// What input <paramref name="inputId"/> submits when the user picks <paramref name="choiceTitle"/>:
    /// the value of the choice with that title, or for a toggle, its "on" value when the title is "Yes".
    /// </summary>
    public static string ValueOf(JsonNode card, string inputId, string choiceTitle)
    {
        ArgumentNullException.ThrowIfNull(card);
        var input = Elements(card).FirstOrDefault(e => Text(e, "id") == inputId && Text(e, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"the card has no input '{inputId}'");
        return Text(input, "type") switch
        {
            "Input.ChoiceSet" => (input["choices"] as JsonArray ?? []).OfType<JsonObject>().Where(c => Text(c, "title") == choiceTitle).Select(c => Text(c, "value")).FirstOrDefault()
                ?? throw new InvalidOperationException($"input '{inputId}' has no choice '{choiceTitle}'"),
            "Input.Toggle" when choiceTitle == "Yes" => Text(input, "valueOn") ?? "true",
            "Input.Toggle" when choiceTitle == "No" => Text(input, "valueOff") ?? "false",
            var type => throw new InvalidOperationException($"input '{inputId}' is an {type}, which has no choices"),
        };
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Elements(p.Value))),
        JsonArray array => array.SelectMany(Elements),
        _ => [],
    };

    private static string? Text(JsonObject element, string property) =>
        element[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
