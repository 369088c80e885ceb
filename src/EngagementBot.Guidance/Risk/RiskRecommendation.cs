using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>A piece of advice the assessment gives, with whom it is for and the section it comes from.</summary>
public sealed record RiskRecommendation(string Id, string Text, RecommendationAudience Audience, SourceRef Source);
