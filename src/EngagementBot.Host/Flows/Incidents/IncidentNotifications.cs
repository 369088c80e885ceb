using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Channels;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// What the incident flow sends outside the turn, all through the durable outbox with ids derived from
/// (incident, purpose, recipient), so running a submit again enqueues nothing twice.
/// </summary>
public sealed partial class IncidentNotifications(
    OutboxQueue outbox,
    IChannelSubscriptionStore subscriptions,
    IOptions<IncidentOptions> options,
    ILogger<IncidentNotifications> logger)
{
    /// <summary>A risk alert card, as a new thread, to every channel subscribed for the incident's area; returns how many.</summary>
    public async Task<int> AlertChannelsAsync(Incident incident, HazardFlag flag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Area is null)
        {
            LogNoArea(incident.Id);
            return 0;
        }

        var alert = RiskAlert.For(flag, DateOnly.FromDateTime(incident.OccurredAt.UtcDateTime));
        var channels = await subscriptions.SubscribedToAsync(incident.Area, cancellationToken);
        foreach (var channel in channels)
        {
            await outbox.EnqueueAsync(
                OutboxIds.For(Key(incident), "risk-alert", channel.TeamsChannelId),
                IncidentOutboxKinds.RiskAlert,
                new RiskAlertPost(alert, channel.TeamsChannelId, channel.Conversation),
                incident.SubmittedAt,
                incident.Id.ToString("D"),
                cancellationToken);
        }

        LogChannelsAlerted(incident.Id, channels.Count);
        return channels.Count;
    }

    /// <summary>The debrief / supervision follow-up timer: due <see cref="IncidentOptions.DebriefWithinWorkingDays"/> working days after the report.</summary>
    public Task<Guid> ScheduleFollowUpAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return outbox.EnqueueAsync(
            OutboxIds.For(Key(incident), "follow-up"),
            IncidentOutboxKinds.FollowUp,
            new IncidentFollowUp(incident.Id),
            WorkingDays.Add(incident.SubmittedAt, options.Value.DebriefWithinWorkingDays),
            incident.Id.ToString("D"),
            cancellationToken);
    }

    /// <summary>A text to the reporter in the conversation they reported from.</summary>
    public Task<Guid> TellReporterAsync(Incident incident, string purpose, string text, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var chat = incident.Reporter.Conversation;
        return outbox.EnqueueAsync(
            OutboxIds.For(Key(incident), purpose, incident.Reporter.AadObjectId),
            ProactiveMessageSender.KindName,
            new ProactiveMessage(chat.ChannelId, chat.ConversationId, Domain.Turns.BotReply.FromText(text)),
            dueAt,
            incident.Id.ToString("D"),
            cancellationToken);
    }

    public static string Key(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return "incident:" + incident.Id.ToString("D");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: no area chosen, so no channel is alerted")]
    private partial void LogNoArea(Guid incidentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: risk alert queued for {Channels} channels")]
    private partial void LogChannelsAlerted(Guid incidentId, int channels);
}
