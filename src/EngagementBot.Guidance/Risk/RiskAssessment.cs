using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// The outcome of <see cref="RiskAssessor.Assess"/>: the level (the highest of the matching rules, low when
/// none match), every contributing factor with its source, most serious first, and the advice, most
/// important first and each piece once.
/// </summary>
public sealed record RiskAssessment(
    RiskLevel Level,
    IReadOnlyList<RiskFactor> Factors,
    IReadOnlyList<RiskRecommendation> Recommendations)
{
    /// <summary>Medium and above: offer a joint visit.</summary>
    public bool JointVisitOffered => Level >= RiskLevel.Medium;

    /// <summary>High and above: a manager approves the visit before it goes ahead.</summary>
    public bool ManagerApprovalRequired => Level >= RiskLevel.High;

    /// <summary>The highest level: the visit must not be made alone.</summary>
    public bool DoNotVisitAlone => Level == RiskLevel.DoNotVisitAlone;
}
