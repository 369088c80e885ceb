using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Risk levels between the risk engine (Guidance) and the plan record (Domain), and what each means in
/// plain words and in the colour of the card.
/// </summary>
internal static class PlanRiskLevels
{
    public static VisitRiskLevel From(RiskLevel level) => level switch
    {
        RiskLevel.Low => VisitRiskLevel.Low,
        RiskLevel.Medium => VisitRiskLevel.Medium,
        RiskLevel.High => VisitRiskLevel.High,
        RiskLevel.DoNotVisitAlone => VisitRiskLevel.DoNotVisitAlone,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a defined risk level."),
    };

    /// <summary>The heading of the risk card.</summary>
    public static string Heading(VisitRiskLevel level) => level switch
    {
        VisitRiskLevel.Low => "Risk: low",
        VisitRiskLevel.Medium => "Risk: medium",
        VisitRiskLevel.High => "Risk: high",
        _ => "Do not visit alone",
    };

    /// <summary>What the level means for the practitioner, in a sentence or two.</summary>
    public static string Meaning(VisitRiskLevel level) => level switch
    {
        VisitRiskLevel.Low => "Nothing you told me, and nothing recorded on the case, raises the risk of this visit. Keep to your usual lone-working arrangements.",
        VisitRiskLevel.Medium => "Some things raise the risk of this visit. Think about going with a colleague, and follow the advice below.",
        VisitRiskLevel.High => "This visit is high risk. Your manager must approve it before it goes ahead.",
        _ => "This visit must not be made alone. A joint visit is required, and your manager must approve it before it goes ahead.",
    };

    /// <summary>The Adaptive Card container style that colours the heading.</summary>
    public static string Style(VisitRiskLevel level) => level switch
    {
        VisitRiskLevel.Low => "good",
        VisitRiskLevel.Medium => "warning",
        _ => "attention",
    };
}
