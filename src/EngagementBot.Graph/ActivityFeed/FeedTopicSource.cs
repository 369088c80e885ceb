using System.Text.Json.Serialization;

namespace EngagementBot.Graph.ActivityFeed;

[JsonConverter(typeof(JsonStringEnumConverter<FeedTopicSource>))]
public enum FeedTopicSource
{
    /// <summary>Free text shown as the location, with a <c>webUrl</c> (a Teams deep link) to open.</summary>
    Text,

    /// <summary>A Graph URL of the resource the notification is about (e.g. the app installation).</summary>
    EntityUrl,
}
