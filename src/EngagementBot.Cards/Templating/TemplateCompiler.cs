using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating.Expressions;
using EngagementBot.Cards.Templating.Nodes;

namespace EngagementBot.Cards.Templating;

/// <summary>
/// Turns template JSON into nodes once, at load. Parts with nothing to bind become raw JSON;
/// everything outside the supported subset is rejected here, so a template that loads is one
/// whose behaviour is defined.
/// </summary>
internal static class TemplateCompiler
{
    /// <summary>Keys the official engine treats as instructions and never writes out.</summary>
    private static readonly HashSet<string> ReservedKeys =
        new(["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"], StringComparer.Ordinal);

    public static TemplateNode Compile(JsonNode? template) => CompileNode(template, "$");

    private static TemplateNode CompileNode(JsonNode? node, string path) => node switch
    {
        JsonObject obj => CompileObject(obj, path),
        JsonArray array => CompileArray(array, path, nested: false),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => CompileString(value.GetValue<string>(), path),
        _ => Literal(node, path),
    };

    private static TemplateNode CompileString(string text, string path)
    {
        var parts = Parse(() => StringTemplate.Parse(text), path);
        if (parts is null)
        {
            return Literal(JsonValue.Create(text), path);
        }

        if (parts.TrueForAll(p => p.Expression is null))
        {
            return Literal(JsonValue.Create(string.Concat(parts.Select(p => p.Text))), path);
        }

        return parts is [{ Expression: { IsConstant: false } single }]
            ? new BindingNode(path, single)
            : new InterpolationNode(path, [.. parts]);
    }

    private static TemplateNode CompileArray(JsonArray array, string path, bool nested)
    {
        var items = new List<TemplateNode>(array.Count);
        var isStatic = !nested;
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            switch (array[i])
            {
                case null:
                    // Null items are always dropped.
                    isStatic = false;
                    break;
                case JsonArray inner:
                    // Nested arrays are always spliced into this one.
                    items.Add(CompileArray(inner, itemPath, nested: true));
                    isStatic = false;
                    break;
                case var item:
                    var compiled = CompileNode(item, itemPath);
                    isStatic &= compiled is LiteralNode;
                    items.Add(compiled);
                    break;
            }
        }

        return isStatic
            ? Literal(new JsonArray([.. items.Select(i => ((LiteralNode)i).Value?.DeepClone())]), path)
            : new ArrayNode(path, [.. items]);
    }

    private static TemplateNode CompileObject(JsonObject obj, string path)
    {
        DataBinding? data = null;
        WhenCondition? when = null;
        var properties = new List<PropertyNode>(obj.Count);
        var compiledByName = new Dictionary<string, TemplateNode>(StringComparer.Ordinal);
        var isStatic = true;
        foreach (var (name, value) in obj)
        {
            var propertyPath = path + "." + name;
            if (ReservedKeys.Contains(name))
            {
                isStatic = false;
                if (name == "$data")
                {
                    data = CompileData(value, propertyPath);
                }
                else if (name == "$when")
                {
                    when = CompileWhen(value, propertyPath);
                }

                continue;
            }

            var compiled = CompileNode(value, propertyPath);
            isStatic &= compiled is LiteralNode;
            compiledByName[name] = compiled;
            properties.Add(new PropertyNode(JsonEncodedText.Encode(name, CardJson.Encoder), compiled));
        }

        if (!isStatic)
        {
            return new ObjectNode(path, [.. properties], data, when);
        }

        var literal = new JsonObject();
        foreach (var (name, _) in obj)
        {
            literal[name] = ((LiteralNode)compiledByName[name]).Value?.DeepClone();
        }

        return Literal(literal, path);
    }

    private static DataBinding CompileData(JsonNode? value, string path)
    {
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var parts = Parse(() => StringTemplate.Parse(text.GetValue<string>()), path);
            if (parts is null)
            {
                return DataBinding.FromLiteral(value);
            }

            if (parts is [{ Expression: { IsConstant: false } single }])
            {
                return DataBinding.FromExpression(single);
            }

            throw new TemplateException($"{path}: $data must be a single ${{…}} binding or literal JSON.");
        }

        if (value is not null && value.ToJsonString().Contains("${", StringComparison.Ordinal))
        {
            throw new TemplateException($"{path}: literal $data cannot contain ${{…}} bindings.");
        }

        return DataBinding.FromLiteral(value);
    }

    private static WhenCondition CompileWhen(JsonNode? value, string path)
    {
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var s = text.GetValue<string>();
            var parts = Parse(() => StringTemplate.Parse(s), path);
            if (parts is null)
            {
                return WhenCondition.Fixed(keeps: s.Length == 0);
            }

            return parts is [{ Expression: { IsConstant: false } single }]
                ? WhenCondition.FromExpression(single)
                : WhenCondition.Fixed(keeps: false);
        }

        return WhenCondition.Fixed(keeps: !IsJavaScriptTruthy(value));
    }

    private static bool IsJavaScriptTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonObject or JsonArray => true,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.False => false,
            JsonValueKind.Number => value.GetValue<double>() != 0,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            _ => true,
        },
    };

    private static List<StringPart>? Parse(Func<List<StringPart>?> parse, string path)
    {
        try
        {
            return parse();
        }
        catch (FormatException ex)
        {
            throw new TemplateException($"{path}: {ex.Message}.", ex);
        }
    }

    private static LiteralNode Literal(JsonNode? node, string path) =>
        new(path, node, JsonSerializer.SerializeToUtf8Bytes(node, CardJson.SerializerOptions));
}
