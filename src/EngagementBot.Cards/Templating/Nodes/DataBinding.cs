using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>The <c>$data</c> of an element: a single <c>${…}</c> binding or literal JSON.</summary>
internal sealed class DataBinding
{
    private readonly Expr? _expression;
    private readonly Value _literal;

    private DataBinding(Expr? expression, Value literal)
    {
        _expression = expression;
        _literal = literal;
    }

    public static DataBinding FromExpression(Expr expression) => new(expression, Value.Undefined);

    /// <summary>Literal JSON (copied, so the template owns it).</summary>
    public static DataBinding FromLiteral(JsonNode? literal) => new(null, Value.FromNode(literal?.DeepClone()));

    /// <summary>Evaluates with substitution, as the engine does; an error is an exception.</summary>
    public Value Evaluate(in Scope scope, string path)
    {
        if (_expression is null)
        {
            return _literal;
        }

        if (!_expression.TryEvaluate(scope, true, out var value))
        {
            throw new TemplateException($"The $data binding ${{{_expression}}} at {path} could not be evaluated.");
        }

        return value;
    }
}
