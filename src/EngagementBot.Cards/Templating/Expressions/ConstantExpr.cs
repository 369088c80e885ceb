namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>A literal: number, string, true, false, null or undefined.</summary>
internal sealed class ConstantExpr(Value value) : Expr
{
    public Value Value { get; } = value;

    public override bool IsConstant => true;

    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = Value;
        return true;
    }

    public override string ToString() => Value.Kind switch
    {
        ValueKind.String => "'" + Value.String.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        _ => JsText.ToText(Value),
    };
}
