namespace EngagementBot.Guidance.Model;

/// <summary>
/// A box of the escalation path. Questions have <see cref="Branches"/>; steps and actions have
/// <see cref="Next"/>; outcomes have neither. An action's <see cref="Label"/> names it in a few words
/// (records, reminders and channel cards show it).
/// </summary>
public sealed record EscalationNode(
    string Id,
    EscalationNodeKind Kind,
    string Text,
    SourceRef Source,
    IReadOnlyList<string>? Points = null,
    string? Next = null,
    IReadOnlyList<EscalationBranch>? Branches = null,
    IReadOnlyList<string>? RecommendationIds = null,
    IReadOnlyList<SourceRef>? AlsoSee = null,
    string? Label = null) : ICitedItem
{
    /// <summary>Ids of the nodes this node can lead to.</summary>
    public IEnumerable<string> Successors =>
        Next is not null ? [Next] : (Branches ?? []).Select(b => b.Next);
}
