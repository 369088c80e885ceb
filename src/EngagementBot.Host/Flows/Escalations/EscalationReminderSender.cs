using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Delivers <see cref="EscalationReminder"/> (kind <c>escalation.reminder</c>), due the morning an action
/// falls due: an action the line manager owns is a message in the chat where their decision card went (the
/// raiser's chat when there is none); any other is a message to the raiser, who owns it or follows it up.
/// The message id is derived from (escalation, action, conversation), so a repeated timer says it once.
/// </summary>
public sealed class EscalationReminderSender(IEscalationStore escalations, PackCatalog packs, EscalationNotifications notifications, TimeProvider clock) : IOutboxSender
{
    public string Kind => EscalationOutboxKinds.Reminder;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var reminder = OutboxPayload.Read<EscalationReminder>(message);
        var record = await escalations.FindAsync(reminder.EscalationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the escalation does not exist", isTransient: false);
        if (reminder.ActionIndex < 0 || reminder.ActionIndex >= record.Actions.Count)
        {
            throw new OutboxDeliveryException("the escalation has no such action", isTransient: false);
        }

        var action = record.Actions[reminder.ActionIndex];
        var name = EscalationCards.ActionName(action.Kind, packs.TryGet(record.PackId, out var pack) ? pack.EscalationPath : null);
        var chat = action.Owner == ActionOwner.Manager && record.Cards.FirstOrDefault(c => c.CanDecide) is { } managerCard
            ? managerCard.Conversation
            : record.RaisedBy.Conversation;
        var purpose = "reminder-" + reminder.ActionIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await notifications.TellAsync(record.Id, purpose, chat, EscalationTexts.Reminder(record, name, action.Owner), clock.GetUtcNow(), cancellationToken);
    }
}
