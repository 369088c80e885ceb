using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>A part of the template with nothing to bind, serialised once and copied as raw JSON.</summary>
internal sealed class LiteralNode(string path, JsonNode? value, byte[] json) : TemplateNode(path)
{
    /// <summary>The literal as the engine sees it (escapes in strings with "${" already applied).</summary>
    public JsonNode? Value { get; } = value;

    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, in Scope scope)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    public override void WriteItems(Utf8JsonWriter writer, in Scope scope) =>
        writer.WriteRawValue(json, skipInputValidation: true);

    public override void WriteRoot(Utf8JsonWriter writer, in Scope scope) =>
        writer.WriteRawValue(json, skipInputValidation: true);
}
