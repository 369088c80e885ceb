namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// A parsed binding expression (the text inside <c>${…}</c>). Evaluation follows the official
/// engine (adaptive-expressions as driven by adaptivecards-templating 2.3.1) for the supported subset.
/// </summary>
internal abstract class Expr
{
    /// <summary>True only for literals; a whole-string literal binding still produces a string.</summary>
    public virtual bool IsConstant => false;

    /// <summary>
    /// Evaluates the expression. <paramref name="substitute"/> mirrors the engine's null substitution:
    /// when on, a path that resolves to nothing evaluates to the text <c>${path}</c>. Returns false
    /// for an evaluation error (the engine's <c>error</c>), which callers turn into false, a
    /// <c>${…}</c> placeholder, or an exception, exactly as the engine does.
    /// </summary>
    public abstract bool TryEvaluate(in Scope scope, bool substitute, out Value value);

    /// <summary>The expression as the official engine prints it (used in <c>${…}</c> placeholders).</summary>
    public abstract override string ToString();
}
