using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>The JavaScript-like type of a <see cref="Value"/>.</summary>
internal enum ValueKind : byte
{
    /// <summary>No value at all (a missing property); distinct from JSON null, as in JavaScript.</summary>
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A value seen by the expression evaluator. Arrays and objects stay the caller's JSON nodes (never
/// copied); primitives read from data keep their node so they are written back byte for byte.
/// </summary>
internal readonly struct Value
{
    private readonly double _number;
    private readonly object? _reference;

    private Value(ValueKind kind, bool boolean, double number, object? reference)
    {
        Kind = kind;
        Boolean = boolean;
        _number = number;
        _reference = reference;
    }

    public static Value Undefined => default;

    public static Value Null { get; } = new(ValueKind.Null, false, 0, null);

    public static Value True { get; } = new(ValueKind.Boolean, true, 0, null);

    public static Value False { get; } = new(ValueKind.Boolean, false, 0, null);

    public ValueKind Kind { get; }

    public bool Boolean { get; }

    public double Number => _number;

    public string String => (string)_reference!;

    /// <summary>The JSON node behind the value, when it came from data (always set for arrays and objects).</summary>
    public JsonNode? Node => _reference as JsonNode;

    public JsonArray Array => (JsonArray)_reference!;

    public JsonObject Object => (JsonObject)_reference!;

    public bool IsNullish => Kind is ValueKind.Undefined or ValueKind.Null;

    public static Value FromBoolean(bool value) => value ? True : False;

    public static Value FromNumber(double value) => new(ValueKind.Number, false, value, null);

    public static Value FromString(string value) => new(ValueKind.String, false, 0, value);

    /// <summary>Wraps a JSON node; a C# null is JSON null.</summary>
    public static Value FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return Null;
            case JsonObject:
                return new Value(ValueKind.Object, false, 0, node);
            case JsonArray:
                return new Value(ValueKind.Array, false, 0, node);
        }

        var value = node.AsValue();
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return new Value(ValueKind.String, false, 0, ReadString(value));
            case JsonValueKind.Number:
                return new Value(ValueKind.Number, false, ReadNumber(value), node);
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            default:
                return Null;
        }
    }

    private static string ReadString(JsonValue value) =>
        value.TryGetValue(out string? text) ? text : value.Deserialize<string>() ?? string.Empty;

    private static double ReadNumber(JsonValue value) =>
        value.TryGetValue(out double number) ? number : value.Deserialize<double>();
}
