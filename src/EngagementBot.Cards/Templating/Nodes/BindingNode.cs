using System.Text.Json;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>
/// A string that is exactly one binding, <c>"${expr}"</c>: the result keeps its JSON type (number,
/// boolean, object, array, null). Undefined leaves the property out; in an array, an array result
/// is spliced in, null is dropped and undefined becomes null. An evaluation error is an exception,
/// as in the official engine.
/// </summary>
internal sealed class BindingNode(string path, Expr expression) : TemplateNode(path)
{
    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, in Scope scope)
    {
        var value = Evaluate(scope);
        if (value.Kind == ValueKind.Undefined)
        {
            return;
        }

        writer.WritePropertyName(name);
        ValueWriter.Write(writer, value);
    }

    public override void WriteItems(Utf8JsonWriter writer, in Scope scope)
    {
        var value = Evaluate(scope);
        switch (value.Kind)
        {
            case ValueKind.Null:
                return;
            case ValueKind.Array:
                foreach (var item in value.Array)
                {
                    ValueWriter.Write(writer, Value.FromNode(item));
                }

                return;
            default:
                ValueWriter.Write(writer, value);
                return;
        }
    }

    public override void WriteRoot(Utf8JsonWriter writer, in Scope scope) => ValueWriter.Write(writer, Evaluate(scope));

    private Value Evaluate(in Scope scope)
    {
        if (!expression.TryEvaluate(scope, true, out var value))
        {
            throw new TemplateException($"The binding ${{{expression}}} at {Path} could not be evaluated.");
        }

        return value;
    }
}
