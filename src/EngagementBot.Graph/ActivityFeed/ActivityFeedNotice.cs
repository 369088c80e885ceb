namespace EngagementBot.Graph.ActivityFeed;

/// <summary>
/// One Teams activity-feed notification. <paramref name="PreviewText"/> is what the recipient sees
/// under the title (Teams shows the first 150 characters); keep it to minimum data: no narrative.
/// <paramref name="ChainId"/> makes a later notice with the same id replace this one.
/// </summary>
public sealed record ActivityFeedNotice(
    FeedActivityType ActivityType,
    FeedTopic Topic,
    string PreviewText,
    FeedTemplateParameters TemplateParameters,
    long? ChainId = null);
