using System.Text.Json.Nodes;
using EngagementBot.Cards;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Builds card data for this flow's templates. Every string shown goes through <see cref="CardText.Escape"/>
/// (flags and answers carry other people's words, and cards render markdown); only template switches
/// such as a container style are left as they are.
/// </summary>
internal static class CardData
{
    public static JsonValue Shown(string text) => JsonValue.Create(CardText.Escape(text));

    public static JsonObject Fact(string label, string value) => new() { ["label"] = Shown(label), ["value"] = Shown(value) };

    public static JsonObject Cited(string text, string citation) => new() { ["text"] = Shown(text), ["citation"] = Shown(citation) };
}
