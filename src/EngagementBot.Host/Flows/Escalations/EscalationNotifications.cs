using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Channels;
using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;
using DialogOptions = EngagementBot.Dialogs.Composition.DialogOptions;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// What the escalation flow sends outside the turn, all through the durable outbox with ids derived from
/// (escalation, purpose, recipient), so running a submit or a decision again enqueues nothing twice.
/// </summary>
public sealed partial class EscalationNotifications(
    OutboxQueue outbox,
    IChannelSubscriptionStore subscriptions,
    IOptions<DialogOptions> dialogOptions,
    TimeProvider clock,
    ILogger<EscalationNotifications> logger)
{
    /// <summary>The hour (local) a reminder goes out on the day an action falls due.</summary>
    public const int ReminderHour = 9;

    /// <summary>At submit: the decision card to the line manager (found when the message is sent).</summary>
    public Task<Guid> AskManagerAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return EnqueueAsync(OutboxIds.For(Key(record.Id), "card", "manager"), EscalationOutboxKinds.PostCard, new EscalationCardPost(record.Id, record.RaisedBy.Conversation), clock.GetUtcNow(), record.Id, cancellationToken);
    }

    /// <summary>A summary card, as a new thread, to every channel subscribed for the escalation's area; returns how many.</summary>
    public async Task<int> SummariseToChannelsAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Area is null || ConcernKinds.Parse(record.Concern) is not { } concern)
        {
            return 0;
        }

        var summary = new EscalationSummary(record.Id, record.CaseReference, concern, LocalDay(record.RaisedAt), record.PackId, [.. record.Actions.Select(a => a.Kind).Distinct(StringComparer.Ordinal)]);
        var channels = await subscriptions.SubscribedToAsync(record.Area, cancellationToken);
        foreach (var channel in channels)
        {
            await EnqueueAsync(
                OutboxIds.For(Key(record.Id), "summary", channel.TeamsChannelId),
                EscalationOutboxKinds.Summary,
                new EscalationSummaryPost(summary, channel.TeamsChannelId, channel.Conversation),
                record.RaisedAt,
                record.Id,
                cancellationToken);
        }

        LogChannels(record.Id, channels.Count);
        return channels.Count;
    }

    /// <summary>One durable timer per action, due at <see cref="ReminderHour"/> local time on its due day.</summary>
    public async Task ScheduleRemindersAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        for (var i = 0; i < record.Actions.Count; i++)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await EnqueueAsync(
                OutboxIds.For(Key(record.Id), "reminder", index), EscalationOutboxKinds.Reminder, new EscalationReminder(record.Id, i), ReminderAt(record.Actions[i].DueOn), record.Id, cancellationToken);
        }
    }

    /// <summary>After a decision: every posted copy is updated in place and the raiser is told at once.</summary>
    public async Task DecidedAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var card in record.Cards)
        {
            await UpdateCardAsync(record, card.Conversation, cancellationToken);
        }

        await TellAsync(record.Id, "decided", record.RaisedBy.Conversation, EscalationTexts.Decided(record), clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Brings the copy in <paramref name="conversation"/> up to date.</summary>
    public Task<Guid> UpdateCardAsync(EscalationRecord record, ConversationRef conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(conversation);
        return EnqueueAsync(
            OutboxIds.For(Key(record.Id), "update", conversation.Key), EscalationOutboxKinds.UpdateCard, new EscalationCardUpdate(record.Id, conversation), clock.GetUtcNow(), record.Id, cancellationToken);
    }

    /// <summary>A text in a conversation the bot knows, once per (escalation, purpose, conversation).</summary>
    public Task<Guid> TellAsync(Guid escalationId, string purpose, ConversationRef chat, string text, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return EnqueueAsync(
            OutboxIds.For(Key(escalationId), purpose, chat.Key), ProactiveMessageSender.KindName, new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(text)), dueAt, escalationId, cancellationToken);
    }

    /// <summary>The local day of an instant, in the dialogs' time zone.</summary>
    public DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary><see cref="ReminderHour"/> on <paramref name="day"/>, local time.</summary>
    public DateTimeOffset ReminderAt(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(ReminderHour, 0));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static string Key(Guid id) => "escalation:" + id.ToString("D");

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(dialogOptions.Value.TimeZone);

    private Task<Guid> EnqueueAsync<T>(Guid messageId, string kind, T payload, DateTimeOffset dueAt, Guid escalationId, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(messageId, kind, payload, dueAt, escalationId.ToString("D"), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId}: summary queued for {Channels} channels")]
    private partial void LogChannels(Guid escalationId, int channels);
}
