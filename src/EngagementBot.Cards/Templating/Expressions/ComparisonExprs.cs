namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// <c>==</c> and <c>!=</c>: operands evaluated without substitution; if either fails the result is
/// false (for <c>!=</c> too), as in the engine's comparison evaluator.
/// </summary>
internal sealed class EqualityExpr(Expr left, Expr right, bool negate) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        if (!left.TryEvaluate(scope, false, out var a) || !right.TryEvaluate(scope, false, out var b))
        {
            value = Value.False;
            return true;
        }

        value = Value.FromBoolean(Truth.CommonEquals(a, b) != negate);
        return true;
    }

    public override string ToString() => "(" + left + (negate ? " != " : " == ") + right + ")";
}

/// <summary>The ordering operators.</summary>
internal enum Ordering
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>
/// <c>&lt; &lt;= &gt; &gt;=</c>: a null or undefined operand (or a failing one) gives false; two numbers
/// or two strings (ordinal) compare; any other pair is an evaluation error (whose value is still
/// false, which <c>||</c> can pass on).
/// </summary>
internal sealed class OrderingExpr(Expr left, Expr right, Ordering ordering) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = Value.False;
        if (!left.TryEvaluate(scope, false, out var a) || a.IsNullish
            || !right.TryEvaluate(scope, false, out var b) || b.IsNullish)
        {
            return true;
        }

        int comparison;
        if (a.Kind == ValueKind.Number && b.Kind == ValueKind.Number && !double.IsNaN(a.Number) && !double.IsNaN(b.Number))
        {
            comparison = a.Number.CompareTo(b.Number);
        }
        else if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            comparison = string.CompareOrdinal(a.String, b.String);
        }
        else
        {
            return false;
        }

        value = Value.FromBoolean(ordering switch
        {
            Ordering.Less => comparison < 0,
            Ordering.LessOrEqual => comparison <= 0,
            Ordering.Greater => comparison > 0,
            _ => comparison >= 0,
        });
        return true;
    }

    public override string ToString() => "(" + left + ordering switch
    {
        Ordering.Less => " < ",
        Ordering.LessOrEqual => " <= ",
        Ordering.Greater => " > ",
        _ => " >= ",
    } + right + ")";
}
