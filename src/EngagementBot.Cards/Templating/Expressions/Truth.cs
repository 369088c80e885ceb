using System.Text.Json.Nodes;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>Truthiness and equality as adaptive-expressions defines them.</summary>
internal static class Truth
{
    /// <summary>JavaScript's Number.EPSILON (2^-52), the tolerance of number equality.</summary>
    private const double JavaScriptEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// Used by <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and <c>if</c>: false only for false, null and
    /// undefined. Unlike JavaScript, 0 and "" are true.
    /// </summary>
    public static bool IsLogicTrue(in Value value) => value.Kind switch
    {
        ValueKind.Boolean => value.Boolean,
        ValueKind.Undefined or ValueKind.Null => false,
        _ => true,
    };

    /// <summary>
    /// <c>==</c>: null equals undefined; arrays item by item; objects deeply (same keys, case
    /// sensitive); numbers within double epsilon; otherwise same type and same value.
    /// </summary>
    public static bool CommonEquals(in Value left, in Value right)
    {
        if (left.IsNullish || right.IsNullish)
        {
            return left.IsNullish && right.IsNullish;
        }

        if (left.Kind == ValueKind.Array && right.Kind == ValueKind.Array)
        {
            var a = left.Array;
            var b = right.Array;
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!CommonEquals(Value.FromNode(a[i]), Value.FromNode(b[i])))
                {
                    return false;
                }
            }

            return true;
        }

        if (left.Kind == ValueKind.Object && right.Kind == ValueKind.Object)
        {
            return DeepEquals(left, right);
        }

        if (left.Kind == ValueKind.Number && right.Kind == ValueKind.Number
            && Math.Abs(left.Number - right.Number) < JavaScriptEpsilon)
        {
            return true;
        }

        return StrictEquals(left, right);
    }

    /// <summary>Structural equality of JSON values (lodash isEqual over plain data).</summary>
    private static bool DeepEquals(in Value left, in Value right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }

        switch (left.Kind)
        {
            case ValueKind.Array:
                {
                    var a = left.Array;
                    var b = right.Array;
                    if (a.Count != b.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < a.Count; i++)
                    {
                        if (!DeepEquals(Value.FromNode(a[i]), Value.FromNode(b[i])))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case ValueKind.Object:
                {
                    var a = left.Object;
                    var b = right.Object;
                    if (a.Count != b.Count)
                    {
                        return false;
                    }

                    foreach (var (name, node) in a)
                    {
                        if (!TryGetExact(b, name, out var other) || !DeepEquals(Value.FromNode(node), Value.FromNode(other)))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return StrictEquals(left, right);
        }
    }

    private static bool TryGetExact(JsonObject obj, string name, out JsonNode? node)
    {
        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                node = value;
                return true;
            }
        }

        node = null;
        return false;
    }

    /// <summary>JavaScript <c>===</c> for values that are not arrays or objects (those compare by identity).</summary>
    private static bool StrictEquals(in Value left, in Value right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            ValueKind.Boolean => left.Boolean == right.Boolean,
            ValueKind.Number => left.Number == right.Number,
            ValueKind.String => string.Equals(left.String, right.String, StringComparison.Ordinal),
            ValueKind.Array or ValueKind.Object => ReferenceEquals(left.Node, right.Node),
            _ => true,
        };
    }
}
