namespace EngagementBot.Graph.ActivityFeed;

/// <summary>What the notification is about and where selecting it leads (Graph's <c>teamworkActivityTopic</c>).</summary>
public sealed record FeedTopic(FeedTopicSource Source, string Value, string? WebUrl = null)
{
    /// <summary>A text topic; <paramref name="webUrl"/> is required by Graph for text topics.</summary>
    public static FeedTopic Text(string value, string webUrl) => new(FeedTopicSource.Text, value, webUrl);

    public static FeedTopic Entity(string entityUrl) => new(FeedTopicSource.EntityUrl, entityUrl);
}
