using EngagementBot.Domain.Outbox;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Delivers <see cref="ActivityFeedPayload"/>s (kind <c>graph.activityFeed</c>) through Graph.</summary>
public sealed class GraphActivityFeedSender(IActivityFeedNotifier notifier) : IOutboxSender
{
    public string Kind => GraphOutboxKinds.ActivityFeed;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Read<ActivityFeedPayload>(message);
        return GraphDeliveryFailures.RunAsync(() => notifier.NotifyAsync(payload.RecipientAadObjectId, payload.Notice, cancellationToken));
    }
}
