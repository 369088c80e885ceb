namespace EngagementBot.Domain.Visits;

/// <summary>
/// One reason for a plan's risk level, as shown to the practitioner: the pack rule that matched, its
/// wording, the level it sets, and where the guidance says so ("document §section").
/// </summary>
public sealed record VisitRiskFactor(string RuleId, string Text, VisitRiskLevel Level, string Citation);
