using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Delivers <see cref="EscalationSummaryPost"/> (kind <c>escalation.summary</c>): the <c>escalation-summary</c>
/// card, rendered from the <see cref="EscalationSummary"/> alone, as the first post of a new thread in the
/// subscribed channel (<c>POST /v3/conversations</c>), as risk alerts are.
/// </summary>
public sealed partial class EscalationSummaryPostSender(
    ChannelThreads threads,
    EscalationSummaryCard cards,
    ILogger<EscalationSummaryPostSender> logger) : IOutboxSender
{
    public string Kind => EscalationOutboxKinds.Summary;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<EscalationSummaryPost>(message);
        await threads.OpenAsync(post.Via, post.TeamsChannelId, cards.Render(post.Summary), cancellationToken);
        LogPosted(post.Summary.EscalationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId}: summary thread opened in a subscribed channel")]
    private partial void LogPosted(Guid escalationId);
}
