using System.Text;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// <c>if(condition, whenTrue, whenFalse)</c>: the condition is evaluated without substitution and
/// tested with <see cref="Truth.IsLogicTrue"/> (an error picks whenFalse); the chosen branch is
/// evaluated as the caller asked.
/// </summary>
internal sealed class IfExpr(Expr condition, Expr whenTrue, Expr whenFalse) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value) =>
        (AndExpr.IsTrue(condition, scope) ? whenTrue : whenFalse).TryEvaluate(scope, substitute, out value);

    public override string ToString() => $"if({condition}, {whenTrue}, {whenFalse})";
}

/// <summary>
/// <c>count(x)</c>: length of a string or array, number of keys of an object; anything else is an
/// error. The argument IS substituted, so <c>count(missing)</c> counts the characters of "${missing}".
/// </summary>
internal sealed class CountExpr(Expr operand) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = default;
        if (!operand.TryEvaluate(scope, substitute, out var inner))
        {
            return false;
        }

        switch (inner.Kind)
        {
            case ValueKind.String:
                value = Value.FromNumber(inner.String.Length);
                return true;
            case ValueKind.Array:
                value = Value.FromNumber(inner.Array.Count);
                return true;
            case ValueKind.Object:
                value = Value.FromNumber(inner.Object.Count);
                return true;
            default:
                return false;
        }
    }

    public override string ToString() => $"count({operand})";
}

/// <summary>
/// <c>empty(x)</c>: true for null, undefined, "", [] and {}; false for anything else (numbers and
/// booleans included). Evaluated without substitution.
/// </summary>
internal sealed class EmptyExpr(Expr operand) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        if (!operand.TryEvaluate(scope, false, out var inner))
        {
            value = Value.False;
            return true;
        }

        value = Value.FromBoolean(inner.Kind switch
        {
            ValueKind.Undefined or ValueKind.Null => true,
            ValueKind.String => inner.String.Length == 0,
            ValueKind.Array => inner.Array.Count == 0,
            ValueKind.Object => inner.Object.Count == 0,
            _ => false,
        });
        return true;
    }

    public override string ToString() => $"empty({operand})";
}

/// <summary><c>exists(x)</c>: false for null and undefined, true otherwise. Evaluated without substitution.</summary>
internal sealed class ExistsExpr(Expr operand) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = Value.FromBoolean(operand.TryEvaluate(scope, false, out var inner) && !inner.IsNullish);
        return true;
    }

    public override string ToString() => $"exists({operand})";
}

/// <summary>
/// <c>join(array, separator)</c> and <c>join(array, separator, lastSeparator)</c>: JavaScript
/// Array.join (null items become ""); with a last separator, arrays of one or two items are joined
/// by it alone. The first argument must be an array (substitution on, so a missing one is an error).
/// </summary>
internal sealed class JoinExpr(Expr array, Expr separator, Expr? lastSeparator) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = default;
        if (!array.TryEvaluate(scope, substitute, out var items)
            || !separator.TryEvaluate(scope, substitute, out var sep))
        {
            return false;
        }

        var last = Value.Undefined;
        if (lastSeparator is not null && !lastSeparator.TryEvaluate(scope, substitute, out last))
        {
            return false;
        }

        if (items.Kind != ValueKind.Array)
        {
            return false;
        }

        var list = items.Array;
        if (lastSeparator is null)
        {
            value = Value.FromString(JsText.JoinArray(list, SeparatorText(sep)));
        }
        else if (list.Count < 3)
        {
            value = Value.FromString(JsText.JoinArray(list, SeparatorText(last)));
        }
        else
        {
            var builder = new StringBuilder();
            JsText.AppendJoined(builder, list, 0, list.Count - 1, SeparatorText(sep));
            builder.Append(JsText.ToText(last)).Append(JsText.ToText(Value.FromNode(list[^1])));
            value = Value.FromString(builder.ToString());
        }

        return true;
    }

    public override string ToString() =>
        lastSeparator is null ? $"join({array}, {separator})" : $"join({array}, {separator}, {lastSeparator})";

    /// <summary>Array.join's separator: undefined means ",".</summary>
    private static string SeparatorText(in Value separator) =>
        separator.Kind == ValueKind.Undefined ? "," : JsText.ToText(separator);
}
