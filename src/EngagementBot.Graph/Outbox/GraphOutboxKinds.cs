namespace EngagementBot.Graph.Outbox;

/// <summary>
/// Outbox message kinds for Graph deliveries, and the payload each carries (JSON, serialized with
/// the web defaults; enums are written as strings whatever the options).
/// </summary>
public static class GraphOutboxKinds
{
    /// <summary>Payload <see cref="ActivityFeedPayload"/>.</summary>
    public const string ActivityFeed = "graph.activityFeed";

    /// <summary>Payload <see cref="MailPayload"/>.</summary>
    public const string Mail = "graph.mail";

    /// <summary>Payload <see cref="TeamsAppInstallPayload"/>.</summary>
    public const string TeamsAppInstall = "graph.teamsAppInstall";
}
