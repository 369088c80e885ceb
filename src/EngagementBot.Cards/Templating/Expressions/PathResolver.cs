using System.Globalization;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// Walks a memory path the way the official engine's memory does: property names match case
/// insensitively (the first key that matches wins), an integer part indexes an array, and any
/// step that finds nothing (missing key, index out of range, property of a non-object) yields undefined.
/// </summary>
internal static class PathResolver
{
    /// <summary>Resolves parts whose first element names a scope variable: $root, $data or $index.</summary>
    public static Value Resolve(in Scope scope, ReadOnlySpan<string> parts)
    {
        if (parts.IsEmpty)
        {
            return Value.Undefined;
        }

        var current = ResolveScopeVariable(scope, parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            current = Step(current, parts[i]);
            if (current.Kind == ValueKind.Undefined)
            {
                return current;
            }
        }

        return current;
    }

    private static Value ResolveScopeVariable(in Scope scope, string name)
    {
        if (string.Equals(name, "$data", StringComparison.OrdinalIgnoreCase))
        {
            return scope.Data;
        }

        if (string.Equals(name, "$root", StringComparison.OrdinalIgnoreCase))
        {
            return scope.Root;
        }

        return string.Equals(name, "$index", StringComparison.OrdinalIgnoreCase) ? scope.Index : Value.Undefined;
    }

    private static Value Step(in Value current, string part)
    {
        if (current.Kind == ValueKind.Array && TryParseLeadingInteger(part, out var index))
        {
            var array = current.Array;
            return index >= 0 && index < array.Count ? Value.FromNode(array[(int)index]) : Value.Undefined;
        }

        return AccessProperty(current, part);
    }

    /// <summary>
    /// JavaScript <c>Object.keys(instance).find(k =&gt; k.toLowerCase() === name.toLowerCase())</c>:
    /// objects by key, arrays and strings by canonical index text; falsy instances give undefined.
    /// </summary>
    public static Value AccessProperty(in Value instance, string name)
    {
        switch (instance.Kind)
        {
            case ValueKind.Object:
                foreach (var (key, node) in instance.Object)
                {
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return Value.FromNode(node);
                    }
                }

                return Value.Undefined;
            case ValueKind.Array:
                return TryParseCanonicalIndex(name, out var i) && i < instance.Array.Count
                    ? Value.FromNode(instance.Array[i])
                    : Value.Undefined;
            case ValueKind.String:
                return TryParseCanonicalIndex(name, out var c) && c < instance.String.Length
                    ? Value.FromString(instance.String[c].ToString())
                    : Value.Undefined;
            default:
                return Value.Undefined;
        }
    }

    /// <summary>JavaScript <c>parseInt</c>: optional whitespace and sign, then at least one digit.</summary>
    public static bool TryParseLeadingInteger(string text, out long value)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        var start = i;
        long result = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && result < int.MaxValue)
        {
            result = (result * 10) + (text[i] - '0');
            i++;
        }

        value = negative ? -result : result;
        return i > start;
    }

    /// <summary>An array key as JavaScript prints it: "0", "1", … (no sign, no leading zeros).</summary>
    private static bool TryParseCanonicalIndex(string text, out int index)
    {
        index = -1;
        if (text.Length == 0 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
