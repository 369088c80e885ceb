namespace EngagementBot.Domain.Visits;

/// <summary>How risky a planned visit is, least to most. Codes and texts are in <see cref="VisitVocabulary.RiskLevels"/>.</summary>
public enum VisitRiskLevel
{
    Low,
    Medium,
    High,

    /// <summary>The visit must not be made alone: a joint visit is required.</summary>
    DoNotVisitAlone,
}
