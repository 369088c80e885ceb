namespace EngagementBot.Guidance.Model;

/// <summary>
/// Exactly one member is set (the schema enforces it): All / Any of nested conditions, Not, an Answer to a
/// pre-contact question, a case Flag (case-hazard-flag, access-denied, child-not-seen), or a Behaviour id
/// recorded on the case.
/// </summary>
public sealed record RiskCondition(
    IReadOnlyList<RiskCondition>? All = null,
    IReadOnlyList<RiskCondition>? Any = null,
    RiskCondition? Not = null,
    AnswerCondition? Answer = null,
    string? Flag = null,
    string? Behaviour = null)
{
    /// <summary>This condition and every condition nested in it.</summary>
    public IEnumerable<RiskCondition> SelfAndDescendants()
    {
        yield return this;
        var children = (All ?? []).Concat(Any ?? []).Concat(Not is null ? [] : [Not]);
        foreach (var descendant in children.SelectMany(c => c.SelfAndDescendants()))
        {
            yield return descendant;
        }
    }
}
