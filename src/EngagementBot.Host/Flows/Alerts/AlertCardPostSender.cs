using System.Net;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Delivers <see cref="AlertCardPost"/> (kind <c>alert.post-card</c>):
/// <list type="bullet">
/// <item>no copy yet and the alert still needs someone: posts the card as it stands now — a person's
/// view into their 1:1 chat (opened, with the app installed for them, by <see cref="PersonalChats"/>),
/// or the channel view as a new thread in the team channel (<see cref="ChannelThreads"/>) — and records the copy so it can be
/// updated in place; a copy taken on or stood down while it was on its way is brought up to date;</item>
/// <item>a copy there already and the step is a repeat: a reminder in that conversation;</item>
/// <item>the one who took it on from a channel: the person view in their 1:1 chat.</item>
/// </list>
/// A person asked also gets the activity-feed notice, once their card is there (the feed needs the app).
/// </summary>
public sealed partial class AlertCardPostSender(
    IAlertStore alerts,
    IConversationReferenceStore references,
    PersonalChats chats,
    IConnectorClient connector,
    ChannelThreads threads,
    AlertCards cards,
    AlertNotifications notifications,
    TimeProvider clock,
    ILogger<AlertCardPostSender> logger) : IOutboxSender
{
    public string Kind => AlertOutboxKinds.PostCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<AlertCardPost>(message);
        var alert = await alerts.FindAsync(post.AlertId, cancellationToken)
            ?? throw new OutboxDeliveryException("the alert does not exist", isTransient: false);
        var target = post.Target;
        var isHandler = target.Kind == AlertTargetKind.Person && string.Equals(alert.HandledBy, target.Id, StringComparison.OrdinalIgnoreCase);
        var copy = alert.PostedCards.FirstOrDefault(card => string.Equals(card.RecipientAadObjectId, target.Id, StringComparison.OrdinalIgnoreCase));
        if (copy is not null)
        {
            if (alert.State == AlertState.Raised && post.Step > alert.LastRung)
            {
                await RemindAsync(alert, target, copy, cancellationToken);
                await FeedAsync(alert, target, post.Step, cancellationToken);
            }

            return;
        }

        if (alert.State != AlertState.Raised && !isHandler)
        {
            LogNotNeeded(alert.Id);
            return;
        }

        var via = await references.FindAsync(alert.Worker.Conversation.ChannelId, alert.Worker.Conversation.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the worker's conversation is not known to the bot", isTransient: false);
        var posted = target.Kind == AlertTargetKind.Channel
            ? await PostToChannelAsync(alert, target.Id, via, cancellationToken)
            : await PostToPersonAsync(alert, target.Id, via, cancellationToken);
        if (posted is null)
        {
            LogNoActivityId(alert.Id);
            return;
        }

        await alerts.AddPostedCardAsync(alert.Id, posted, cancellationToken);

        // Taken on or stood down while this copy was on its way: those updates may have missed it.
        var current = await alerts.FindAsync(alert.Id, cancellationToken);
        if (current is not null && current.State != alert.State)
        {
            await notifications.UpdateCardAsync(current, posted.Conversation, cancellationToken);
        }
        else if (alert.State == AlertState.Raised)
        {
            await FeedAsync(alert, target, post.Step, cancellationToken);
        }
    }

    private async Task FeedAsync(SafetyAlert alert, AlertTarget target, int step, CancellationToken cancellationToken)
    {
        if (target.Kind == AlertTargetKind.Person)
        {
            await notifications.FeedAsync(alert, target.Id, step, cancellationToken);
        }
    }

    private async Task<PostedCard?> PostToPersonAsync(SafetyAlert alert, string aadObjectId, ConversationAddress via, CancellationToken cancellationToken)
    {
        var chat = await chats.OpenForDeliveryAsync(aadObjectId, via, cancellationToken);
        var notice = string.Equals(alert.HandledBy, aadObjectId, StringComparison.OrdinalIgnoreCase) ? AlertTexts.HandlerDetailsNote : null;
        var card = await cards.RenderForPersonAsync(alert, aadObjectId, notice, cancellationToken);
        try
        {
            var sent = await connector.SendToConversationAsync(
                chat.Address.ServiceUrl, chat.Address.ConversationId, ReplyActivityFactory.CreateMessage(chat.Address, BotReply.FromCard(card)), cancellationToken);
            return string.IsNullOrEmpty(sent.Id)
                ? null
                : new PostedCard(new ConversationRef(chat.Address.ChannelId, chat.Address.ConversationId), sent.Id, aadObjectId, clock.GetUtcNow());
        }
        catch (ConnectorException ex)
        {
            // Just after Graph installed the app, Teams may not yet let the bot into the new chat.
            var settling = chat.JustInstalled && ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient || settling, ex, ex.RetryAfter);
        }
    }

    // A new thread in the channel (proactive create-conversation); the channel's own stored address,
    // when the bot has one, gives the service URL and team, else the worker's conversation does.
    private async Task<PostedCard?> PostToChannelAsync(SafetyAlert alert, string teamsChannelId, ConversationAddress via, CancellationToken cancellationToken)
    {
        var known = await references.FindAsync(via.ChannelId, teamsChannelId, cancellationToken) ?? via;
        var opened = await threads.OpenAsync(known with { TenantId = known.TenantId ?? via.TenantId }, teamsChannelId, cards.RenderForChannel(alert, notice: null), cancellationToken);
        await references.UpsertAsync(opened.Address, clock.GetUtcNow(), cancellationToken);
        return opened.RootActivityId is null
            ? null
            : new PostedCard(new ConversationRef(opened.Address.ChannelId, opened.Address.ConversationId), opened.RootActivityId, teamsChannelId, clock.GetUtcNow());
    }

    private async Task RemindAsync(SafetyAlert alert, AlertTarget target, PostedCard copy, CancellationToken cancellationToken)
    {
        var address = await references.FindAsync(copy.Conversation.ChannelId, copy.Conversation.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the conversation is not known to the bot", isTransient: false);
        var text = target.Kind == AlertTargetKind.Channel ? AlertTexts.ChannelReminder : AlertTexts.Reminder(alert);
        try
        {
            await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, ReplyActivityFactory.CreateMessage(address, BotReply.FromText(text)), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Safety alert {AlertId}: card not posted (taken on or stood down before it went out)")]
    private partial void LogNotNeeded(Guid alertId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety alert {AlertId}: the connector gave no activity id for a posted card; that copy cannot be updated")]
    private partial void LogNoActivityId(Guid alertId);
}
