using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>
/// The <c>$when</c> of an element. A single <c>${…}</c> binding keeps the element only when it
/// evaluates, without substitution, to the boolean true. Anything else is decided once when the
/// template loads, as the engine decides it: a string with more than one binding or with text
/// around it never keeps the element; a literal keeps it only when JavaScript calls it falsy
/// (false, 0, "", null).
/// </summary>
internal sealed class WhenCondition
{
    private readonly Expr? _expression;
    private readonly bool _fixedResult;

    private WhenCondition(Expr? expression, bool fixedResult)
    {
        _expression = expression;
        _fixedResult = fixedResult;
    }

    public static WhenCondition FromExpression(Expr expression) => new(expression, false);

    public static WhenCondition Fixed(bool keeps) => new(null, keeps);

    public bool Keeps(in Scope scope)
    {
        if (_expression is null)
        {
            return _fixedResult;
        }

        return _expression.TryEvaluate(scope, false, out var value) && value.Kind == ValueKind.Boolean && value.Boolean;
    }
}
