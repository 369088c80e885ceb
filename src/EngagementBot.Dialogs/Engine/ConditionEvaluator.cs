using System.Text.Json;
using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Decides a branch condition against the answers. Strings compare ignoring case; numbers by value.
/// A question not answered (or skipped) equals nothing, is in nothing and compares false with any number.
/// </summary>
internal static class ConditionEvaluator
{
    public static bool Evaluate(Condition condition, Func<string, JsonElement?> answer)
    {
        if (condition.All is { } all)
        {
            return all.All(c => Evaluate(c, answer));
        }

        if (condition.Any is { } any)
        {
            return any.Any(c => Evaluate(c, answer));
        }

        if (condition.Not is { } not)
        {
            return !Evaluate(not, answer);
        }

        var value = answer(condition.Answer!);
        if (condition.Exists is { } exists)
        {
            return value.HasValue == exists;
        }

        if (condition.IsEqualTo is { } expected)
        {
            return value is { } v && Same(v, expected);
        }

        if (condition.NotEquals is { } unexpected)
        {
            return value is not { } v || !Same(v, unexpected);
        }

        if (condition.In is { } set)
        {
            return value is { } v && set.Any(e => Same(v, e));
        }

        if (value is not { ValueKind: JsonValueKind.Number } number)
        {
            return false;
        }

        var n = number.GetDouble();
        return (condition.GreaterThan is not { } gt || n > gt)
            && (condition.LessThan is not { } lt || n < lt)
            && (condition.AtLeast is not { } min || n >= min)
            && (condition.AtMost is not { } max || n <= max);
    }

    private static bool Same(JsonElement actual, JsonElement expected) => (actual.ValueKind, expected.ValueKind) switch
    {
        (JsonValueKind.String, JsonValueKind.String) => string.Equals(actual.GetString(), expected.GetString(), StringComparison.OrdinalIgnoreCase),
        (JsonValueKind.Number, JsonValueKind.Number) => actual.GetDouble() == expected.GetDouble(),
        (JsonValueKind.True or JsonValueKind.False, JsonValueKind.True or JsonValueKind.False) => actual.ValueKind == expected.ValueKind,
        _ => false,
    };
}
