using EngagementBot.Graph.ActivityFeed;

namespace EngagementBot.Graph.Outbox;

/// <summary>Outbox payload of <see cref="GraphOutboxKinds.ActivityFeed"/>: deliver with <see cref="IActivityFeedNotifier"/>.</summary>
public sealed record ActivityFeedPayload(string RecipientAadObjectId, ActivityFeedNotice Notice);
