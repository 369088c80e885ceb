using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Delivers <see cref="PlanChannelPost"/> (kind <c>plan.channel-copy</c>): the <c>plan-channel</c> card, rendered
/// from the <see cref="PlanChannelCopy"/> alone, as the first post of a new thread in the team's channel
/// (<c>POST /v3/conversations</c>), as risk alerts are.
/// </summary>
public sealed partial class PlanChannelPostSender(
    ChannelThreads threads,
    PlanChannelCard cards,
    ILogger<PlanChannelPostSender> logger) : IOutboxSender
{
    public string Kind => PlanOutboxKinds.ChannelCopy;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<PlanChannelPost>(message);
        await threads.OpenAsync(post.Via, post.TeamsChannelId, cards.Render(post.Copy), cancellationToken);
        LogPosted(post.Copy.PlanId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Visit plan {PlanId}: copy posted as a new thread in the team channel")]
    private partial void LogPosted(Guid planId);
}
