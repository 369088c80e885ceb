using System.Text;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// A property path ending in a name: <c>name</c>, <c>a.b</c>, <c>$root.items[0].title</c>. Like the
/// official engine it gathers the whole chain (including <c>[index]</c> steps) into one memory path
/// and looks it up, so a missing step gives undefined rather than an error; with substitution on,
/// undefined becomes the text <c>${path}</c>.
/// </summary>
internal sealed class AccessorExpr : Expr
{
    private readonly string[]? _staticParts;
    private readonly string? _staticSubstitution;

    public AccessorExpr(Expr? parent, string name)
    {
        Parent = parent;
        Name = name;
        if (TryBuildStaticPath(this, out var path))
        {
            _staticParts = MemoryParts(path);
            _staticSubstitution = "${" + path + "}";
        }
    }

    /// <summary>The path this step hangs off, or null for the first identifier.</summary>
    public Expr? Parent { get; }

    public string Name { get; }

    public override bool TryEvaluate(in Scope scope, bool substitute, out Value value)
    {
        string? substitution;
        if (_staticParts is not null)
        {
            value = PathResolver.Resolve(scope, _staticParts);
            substitution = _staticSubstitution;
        }
        else
        {
            var builder = new StringBuilder();
            if (!TryAccumulate(this, scope, substitute, builder))
            {
                value = default;
                return false;
            }

            var path = builder.ToString();
            value = PathResolver.Resolve(scope, MemoryParts(path));
            substitution = "${" + path + "}";
        }

        if (value.Kind == ValueKind.Undefined && substitute)
        {
            value = Value.FromString(substitution!);
        }

        return true;
    }

    public override string ToString() => Parent is null ? Name : Parent + "." + Name;

    /// <summary>A chain of names only: its path text is fixed, so it is computed once.</summary>
    private static bool TryBuildStaticPath(AccessorExpr accessor, out string path)
    {
        var names = new List<string>();
        for (Expr? step = accessor; step is not null;)
        {
            if (step is not AccessorExpr a)
            {
                path = string.Empty;
                return false;
            }

            names.Add(a.Name);
            step = a.Parent;
        }

        names.Reverse();
        path = string.Join('.', names);
        return true;
    }

    /// <summary>Builds the path text the engine builds: names joined by dots, [n] and ['text'] for indexes.</summary>
    private static bool TryAccumulate(Expr step, in Scope scope, bool substitute, StringBuilder path)
    {
        switch (step)
        {
            case AccessorExpr accessor:
                if (accessor.Parent is not null)
                {
                    if (!TryAccumulate(accessor.Parent, scope, substitute, path))
                    {
                        return false;
                    }

                    path.Append('.');
                }

                path.Append(accessor.Name);
                return true;
            case ElementExpr element:
                if (!TryAccumulate(element.Instance, scope, substitute, path)
                    || !element.Index.TryEvaluate(scope, substitute, out var index))
                {
                    return false;
                }

                var text = JsText.ToText(index);
                if (PathResolver.TryParseLeadingInteger(text, out _))
                {
                    path.Append('[').Append(text).Append(']');
                }
                else if (index.Kind == ValueKind.String)
                {
                    path.Append("['").Append(text).Append("']");
                }
                else
                {
                    return false;
                }

                return true;
            default:
                // The parser only builds paths out of names and indexes.
                return false;
        }
    }

    /// <summary>
    /// Splits a path into memory parts as the engine does (on dots and brackets, quotes stripped) and
    /// roots names that do not start with '$' at $data.
    /// </summary>
    private static string[] MemoryParts(string path)
    {
        var parts = new List<string>();
        if (path.Length > 0 && path[0] != '$')
        {
            parts.Add("$data");
        }

        var start = -1;
        for (var i = 0; i <= path.Length; i++)
        {
            var separator = i == path.Length || path[i] is '.' or '[' or ']';
            if (separator)
            {
                if (start >= 0)
                {
                    parts.Add(StripQuotes(path[start..i]));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return [.. parts];
    }

    private static string StripQuotes(string part) =>
        part.Length >= 2 && ((part[0] == '\'' && part[^1] == '\'') || (part[0] == '"' && part[^1] == '"'))
            ? part[1..^1]
            : part;
}
