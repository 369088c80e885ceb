using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Delivers <see cref="SessionCardPost"/> (kind <c>session.post-card</c>): posts the session card as it
/// stands now into the worker's chat, with the line its reason calls for (the session started; are you
/// safe?; the day is over), and remembers the new copy on the session (<see cref="VisitSession.WithCard"/>)
/// so later changes update it in place. A prompt or chase that no longer applies (the worker checked in
/// or out meanwhile) is not posted.
/// </summary>
public sealed partial class SessionCardPostSender(
    ISessionStore sessions,
    IConversationReferenceStore references,
    IConnectorClient connector,
    SessionCards cards,
    SessionTimes times,
    ILogger<SessionCardPostSender> logger) : IOutboxSender
{
    public string Kind => SessionOutboxKinds.PostCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<SessionCardPost>(message);
        var session = await sessions.FindAsync(post.SessionId, cancellationToken)
            ?? throw new OutboxDeliveryException("the session does not exist", isTransient: false);
        if (!StillApplies(session, post.Reason))
        {
            LogNotNeeded(session.Id, post.Reason);
            return;
        }

        var chat = session.Worker.Conversation;
        var address = await references.FindAsync(chat.ChannelId, chat.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the worker's conversation is not known to the bot", isTransient: false);
        var card = cards.Render(session, Notice(session, post.Reason), urgent: post.Reason != SessionCardReason.Started);
        string? activityId;
        try
        {
            var sent = await connector.SendToConversationAsync(
                address.ServiceUrl, address.ConversationId, ReplyActivityFactory.CreateMessage(address, BotReply.FromCard(card)), cancellationToken);
            activityId = sent.Id;
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }

        if (string.IsNullOrEmpty(activityId))
        {
            LogNoActivityId(session.Id);
            return;
        }

        await RememberAsync(session, activityId, cancellationToken);
    }

    private static bool StillApplies(VisitSession session, SessionCardReason reason) => reason switch
    {
        SessionCardReason.Prompt => session is { IsOpen: true, Overdue: not OverdueStage.None },
        _ => session.IsOpen,
    };

    private string Notice(VisitSession session, SessionCardReason reason) => reason switch
    {
        SessionCardReason.Prompt => SessionTexts.PromptCardNotice(session.CaseReference, times.Text(session.DueBackAt)),
        SessionCardReason.Chase => SessionTexts.Chase(session.CaseReference),
        _ => SessionTexts.StartedCardNotice,
    };

    // The newest copy is the one kept up to date; a lost race is retried once over a fresh read.
    private async Task RememberAsync(VisitSession session, string activityId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await sessions.UpdateAsync(session.WithCard(activityId), null, cancellationToken))
            {
                return;
            }

            session = await sessions.FindAsync(session.Id, cancellationToken) ?? session;
        }

        LogCardNotRemembered(session.Id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: {Reason} card not posted (no longer applies)")]
    private partial void LogNotNeeded(Guid sessionId, SessionCardReason reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: the connector gave no activity id for a posted card; that copy cannot be updated")]
    private partial void LogNoActivityId(Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: the posted card could not be remembered (the session kept changing); it will not be updated in place")]
    private partial void LogCardNotRemembered(Guid sessionId);
}
