using EngagementBot.Domain.Outbox;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Delivers <see cref="MailPayload"/>s (kind <c>graph.mail</c>) through Graph.</summary>
public sealed class GraphMailSender(IMailNotifier mailer) : IOutboxSender
{
    public string Kind => GraphOutboxKinds.Mail;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Read<MailPayload>(message);
        return GraphDeliveryFailures.RunAsync(() => mailer.SendAsync(payload.RecipientAadObjectId, payload.Notice, cancellationToken));
    }
}
