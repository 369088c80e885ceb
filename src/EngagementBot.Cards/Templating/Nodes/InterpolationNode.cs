using System.Text;
using System.Text.Json;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>
/// A string mixing text and bindings, <c>"Hello ${name}"</c>: always a string. A binding that
/// fails is left in the text as <c>${expr}</c>, a missing property as <c>${path}</c>; null or
/// undefined is an exception (the official engine crashes on it too).
/// </summary>
internal sealed class InterpolationNode(string path, StringPart[] parts) : TemplateNode(path)
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, in Scope scope) =>
        writer.WriteString(name, Build(scope));

    public override void WriteItems(Utf8JsonWriter writer, in Scope scope) => writer.WriteStringValue(Build(scope));

    public override void WriteRoot(Utf8JsonWriter writer, in Scope scope) => writer.WriteStringValue(Build(scope));

    private string Build(in Scope scope)
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        foreach (var part in parts)
        {
            if (part.Expression is not { } expression)
            {
                builder.Append(part.Text);
                continue;
            }

            if (!expression.TryEvaluate(scope, true, out var value))
            {
                builder.Append("${").Append(expression.ToString()).Append('}');
            }
            else if (value.IsNullish)
            {
                throw new TemplateException(
                    $"The binding ${{{expression}}} at {Path} is null or undefined inside a larger string; guard it with $when or if().");
            }
            else
            {
                builder.Append(JsText.ToText(value));
            }
        }

        return builder.ToString();
    }
}
