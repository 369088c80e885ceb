namespace EngagementBot.Guidance.Model;

public enum RecommendationAudience
{
    Practitioner,
    Manager,
}
