using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngagementBot.Cards;

/// <summary>Renders Adaptive Cards from the templates in the cards folder.</summary>
public interface ICardTemplates
{
    /// <summary>The ids of the loaded templates (file names without ".json").</summary>
    IReadOnlyCollection<string> Ids { get; }

    /// <summary>Binds template <paramref name="templateId"/> to <paramref name="data"/> and returns the card JSON.</summary>
    string Render(string templateId, JsonNode? data);

    /// <inheritdoc cref="Render(string, JsonNode?)"/>
    string Render(string templateId, JsonElement data);

    /// <summary>
    /// Serialises <paramref name="data"/> with System.Text.Json (web defaults: camelCase names, null
    /// properties left out so templates see them as missing) and binds it.
    /// </summary>
    string Render(string templateId, object? data);
}
