namespace EngagementBot.Cards.Templating.Expressions;

/// <summary><c>!x</c>: evaluated without substitution; an error counts as false, so the result is true.</summary>
internal sealed class NotExpr(Expr operand) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = Value.FromBoolean(!operand.TryEvaluate(scope, false, out var inner) || !Truth.IsLogicTrue(inner));
        return true;
    }

    public override string ToString() => "!(" + operand + ")";
}

/// <summary><c>a &amp;&amp; b</c>: short-circuits; an operand error makes the result false.</summary>
internal sealed class AndExpr(Expr left, Expr right) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = Value.FromBoolean(IsTrue(left, scope) && IsTrue(right, scope));
        return true;
    }

    public override string ToString() => "(" + left + " && " + right + ")";

    internal static bool IsTrue(Expr operand, in Scope scope) =>
        operand.TryEvaluate(scope, false, out var inner) && Truth.IsLogicTrue(inner);
}

/// <summary>
/// <c>a || b</c>: true as soon as an operand is true (errors count as false). When neither is, the
/// result is the right operand's own value, not false — so <c>null || missing</c> is undefined —
/// exactly as adaptive-expressions returns it.
/// </summary>
internal sealed class OrExpr(Expr left, Expr right) : Expr
{
    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        if (AndExpr.IsTrue(left, scope))
        {
            value = Value.True;
            return true;
        }

        var ok = right.TryEvaluate(scope, false, out value);
        if (ok && Truth.IsLogicTrue(value))
        {
            value = Value.True;
        }

        return true;
    }

    public override string ToString() => "(" + left + " || " + right + ")";
}
