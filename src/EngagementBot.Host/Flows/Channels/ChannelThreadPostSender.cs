using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Channels;

/// <summary>
/// Delivers one kind of <see cref="IChannelThreadPost"/> (risk alerts, escalation summaries, plan copies):
/// renders its card at delivery and opens a new thread with it in the channel (<see cref="ChannelThreads"/>).
/// </summary>
public sealed partial class ChannelThreadPostSender<TPost>(
    IChannelThreadCard<TPost> card,
    ChannelThreads threads,
    ILogger<ChannelThreadPostSender<TPost>> logger) : IOutboxSender
    where TPost : class, IChannelThreadPost
{
    public string Kind => TPost.OutboxKind;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<TPost>(message);
        await threads.OpenAsync(post.Via, post.TeamsChannelId, card.Render(post), cancellationToken);
        LogPosted(message.Id, message.Kind, message.CorrelationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Kind}, about {CorrelationId}): thread opened in a channel")]
    private partial void LogPosted(Guid messageId, string kind, string? correlationId);
}
