using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>One reason for the level: the matching rule, the factor it names, its level and its source.</summary>
public sealed record RiskFactor(string RuleId, string Text, RiskLevel Level, SourceRef Source);
