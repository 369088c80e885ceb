using System.Text.Json;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>Writes an evaluated value as JSON, keeping data nodes exactly as they came.</summary>
internal static class ValueWriter
{
    public static void Write(Utf8JsonWriter writer, in Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Undefined:
            case ValueKind.Null:
                writer.WriteNullValue();
                break;
            case ValueKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            case ValueKind.Number when value.Node is { } number:
                number.WriteTo(writer);
                break;
            case ValueKind.Number:
                writer.WriteNumberValue(value.Number);
                break;
            case ValueKind.String:
                writer.WriteStringValue(value.String);
                break;
            default:
                value.Node!.WriteTo(writer);
                break;
        }
    }
}
