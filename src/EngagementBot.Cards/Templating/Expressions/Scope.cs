namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// What expressions can see while a template expands: <c>$root</c> (the data passed in),
/// <c>$data</c> (the current binding scope, <c>$root</c> until an element rebinds it) and
/// <c>$index</c> (the position inside the nearest repeated <c>$data</c> array; undefined outside one).
/// </summary>
internal readonly record struct Scope(Value Root, Value Data, Value Index)
{
    public static Scope ForRoot(Value root) => new(root, root, Value.Undefined);
}
