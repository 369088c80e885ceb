using System.Text.Json;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>One property of an object node: its encoded name and its value.</summary>
internal readonly record struct PropertyNode(JsonEncodedText Name, TemplateNode Value);

/// <summary>
/// An object with something to bind, possibly carrying <c>$data</c> and <c>$when</c>.
/// <list type="bullet">
/// <item><c>$data</c> bound to an array repeats the object once per item, with <c>$data</c> = the
/// item and <c>$index</c> = its position; bound to anything else it rebinds <c>$data</c> once.</item>
/// <item><c>$when</c> is evaluated for each copy, without substitution; the copy is kept only when
/// the result is the boolean true (an error, a string or a missing path drop it).</item>
/// </list>
/// The copies that survive are the object's value: none → null (dropped inside arrays), one → the
/// object, several → an array (spliced into an enclosing array).
/// </summary>
internal sealed class ObjectNode : TemplateNode
{
    private readonly PropertyNode[] _properties;
    private readonly DataBinding? _data;
    private readonly WhenCondition? _when;

    public ObjectNode(string path, PropertyNode[] properties, DataBinding? data, WhenCondition? when)
        : base(path)
    {
        _properties = properties;
        _data = data;
        _when = when;
    }

    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, in Scope scope)
    {
        writer.WritePropertyName(name);
        WriteRoot(writer, scope);
    }

    public override void WriteItems(Utf8JsonWriter writer, in Scope scope) => Expand(scope, writer);

    public override void WriteRoot(Utf8JsonWriter writer, in Scope scope)
    {
        if (_data is null && _when is null)
        {
            WriteObject(writer, scope);
            return;
        }

        switch (Expand(scope, null))
        {
            case 0:
                writer.WriteNullValue();
                break;
            case 1:
                Expand(scope, writer);
                break;
            default:
                writer.WriteStartArray();
                Expand(scope, writer);
                writer.WriteEndArray();
                break;
        }
    }

    /// <summary>Counts the copies that survive and, given a writer, writes them.</summary>
    private int Expand(in Scope scope, Utf8JsonWriter? writer)
    {
        if (_data is null)
        {
            return Emit(scope, writer);
        }

        var data = _data.Evaluate(scope, Path);
        if (data.Kind == ValueKind.Array)
        {
            var count = 0;
            var items = data.Array;
            for (var i = 0; i < items.Count; i++)
            {
                count += Emit(scope with { Data = Value.FromNode(items[i]), Index = Value.FromNumber(i) }, writer);
            }

            return count;
        }

        return Emit(data.Kind == ValueKind.Undefined ? scope : scope with { Data = data }, writer);
    }

    private int Emit(in Scope scope, Utf8JsonWriter? writer)
    {
        if (_when is not null && !_when.Keeps(scope))
        {
            return 0;
        }

        if (writer is not null)
        {
            WriteObject(writer, scope);
        }

        return 1;
    }

    private void WriteObject(Utf8JsonWriter writer, in Scope scope)
    {
        writer.WriteStartObject();
        foreach (var property in _properties)
        {
            property.Value.WriteProperty(writer, property.Name, scope);
        }

        writer.WriteEndObject();
    }
}
