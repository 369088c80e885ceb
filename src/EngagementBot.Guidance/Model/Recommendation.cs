namespace EngagementBot.Guidance.Model;

/// <summary>A piece of advice the bot can give (daylight visit, joint visit, neutral venue, ...).</summary>
public sealed record Recommendation(
    string Id,
    RecommendationAudience Audience,
    string Text,
    SourceRef Source,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
