using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Delivers <see cref="SosFireDue"/> (kind <c>alert.sos-fire</c>), the durable timer at the end of an
/// SOS's cancel window: <see cref="SosAlarm.FireAsync"/> tells the whole ladder if it is still arming,
/// and does nothing after a cancel or duress.
/// </summary>
public sealed class SosFireSender(SosAlarm alarm) : IOutboxSender
{
    public string Kind => AlertOutboxKinds.SosFire;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        alarm.FireAsync(OutboxPayload.Read<SosFireDue>(message).AlertId, cancellationToken);
}
