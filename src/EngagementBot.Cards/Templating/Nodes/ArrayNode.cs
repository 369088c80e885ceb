using System.Text.Json;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>
/// An array with something to bind. Like the official engine, every item that expands to an array
/// is spliced in (nested template arrays flatten) and items that expand to null are dropped.
/// </summary>
internal sealed class ArrayNode(string path, TemplateNode[] items) : TemplateNode(path)
{
    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, in Scope scope)
    {
        writer.WritePropertyName(name);
        WriteRoot(writer, scope);
    }

    public override void WriteItems(Utf8JsonWriter writer, in Scope scope)
    {
        foreach (var item in items)
        {
            item.WriteItems(writer, scope);
        }
    }

    public override void WriteRoot(Utf8JsonWriter writer, in Scope scope)
    {
        writer.WriteStartArray();
        WriteItems(writer, scope);
        writer.WriteEndArray();
    }
}
