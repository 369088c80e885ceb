using EngagementBot.Graph.Mail;

namespace EngagementBot.Graph.Outbox;

/// <summary>Outbox payload of <see cref="GraphOutboxKinds.Mail"/>: deliver with <see cref="IMailNotifier"/>.</summary>
public sealed record MailPayload(string RecipientAadObjectId, MailNotice Notice);
