namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// A path ending in an index, <c>items[0]</c> or <c>item['key']</c>. Unlike a path ending in a
/// name, the engine evaluates this step itself: an index out of range or an index into something
/// that is not an array is an error, while an index into null or undefined is undefined.
/// </summary>
internal sealed class ElementExpr(Expr instance, Expr index) : Expr
{
    public Expr Instance { get; } = instance;

    public Expr Index { get; } = index;

    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        value = default;
        if (!Instance.TryEvaluate(scope, substitute, out var instance) || !Index.TryEvaluate(scope, false, out var index))
        {
            return false;
        }

        if (index.Kind == ValueKind.Number && double.IsInteger(index.Number))
        {
            return TryAccessIndex(instance, index.Number, out value);
        }

        if (index.Kind == ValueKind.String)
        {
            value = PathResolver.AccessProperty(instance, index.String);
            return true;
        }

        return false;
    }

    public override string ToString() => Instance + "[" + Index + "]";

    private static bool TryAccessIndex(in Value instance, double index, out Value value)
    {
        value = Value.Undefined;
        if (instance.IsNullish)
        {
            return true;
        }

        if (instance.Kind != ValueKind.Array || index < 0 || index >= instance.Array.Count)
        {
            return false;
        }

        value = Value.FromNode(instance.Array[(int)index]);
        return true;
    }
}
