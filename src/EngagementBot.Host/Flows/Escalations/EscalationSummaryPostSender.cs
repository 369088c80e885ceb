using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Delivers <see cref="EscalationSummaryPost"/> (kind <c>escalation.summary</c>): the <c>escalation-summary</c>
/// card, rendered from the <see cref="EscalationSummary"/> alone, as the first post of a new thread in the
/// subscribed channel (<c>POST /v3/conversations</c>), as risk alerts are.
/// </summary>
public sealed partial class EscalationSummaryPostSender(
    IConversationReferenceStore references,
    IConnectorClient connector,
    EscalationSummaryCard cards,
    ILogger<EscalationSummaryPostSender> logger) : IOutboxSender
{
    public string Kind => EscalationOutboxKinds.Summary;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<EscalationSummaryPost>(message);
        var via = await references.FindAsync(post.Via.ChannelId, post.Via.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the subscribed channel's conversation is not known to the bot", isTransient: false);
        var tenant = via.TenantId ?? throw new OutboxDeliveryException("the subscribed channel gives no tenant id", isTransient: false);
        var root = ReplyActivityFactory.CreateMessage(via, BotReply.FromCard(cards.Render(post.Summary)));
        try
        {
            await connector.CreateConversationAsync(
                via.ServiceUrl,
                ConversationParameters.ForChannelThread(post.TeamsChannelId, tenant, root, new ChannelAccount { Id = via.BotId, Name = via.BotName }),
                cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }

        LogPosted(post.Summary.EscalationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId}: summary thread opened in a subscribed channel")]
    private partial void LogPosted(Guid escalationId);
}
