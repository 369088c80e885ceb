namespace EngagementBot.Guidance.Model;

/// <summary>Ordered from least to most serious.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    DoNotVisitAlone,
}
