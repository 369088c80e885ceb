namespace EngagementBot.Guidance.Model;

/// <summary>Data for the risk engine: when the condition holds, the visit is at least <see cref="Level"/>.</summary>
public sealed record RiskRule(
    string Id,
    RiskCondition When,
    RiskLevel Level,
    string Factor,
    IReadOnlyList<string> RecommendationIds,
    SourceRef Source,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
