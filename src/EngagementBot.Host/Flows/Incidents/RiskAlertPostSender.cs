using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// Delivers <see cref="RiskAlertPost"/> (kind <c>incident.risk-alert</c>): the <c>risk-alert</c> card, rendered
/// from the <see cref="RiskAlert"/> alone, as the first post of a new thread in the subscribed channel
/// (<c>POST /v3/conversations</c>).
/// </summary>
public sealed partial class RiskAlertPostSender(
    ChannelThreads threads,
    RiskAlertCard cards,
    ILogger<RiskAlertPostSender> logger) : IOutboxSender
{
    public string Kind => IncidentOutboxKinds.RiskAlert;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<RiskAlertPost>(message);
        await threads.OpenAsync(post.Via, post.TeamsChannelId, cards.Render(post.Alert), cancellationToken);
        LogPosted(post.Alert.IncidentId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: risk alert thread opened in a subscribed channel")]
    private partial void LogPosted(Guid incidentId);
}
