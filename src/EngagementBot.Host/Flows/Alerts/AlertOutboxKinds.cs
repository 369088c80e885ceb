using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>The outbox kinds of the safety-alert flow and their payloads.</summary>
public static class AlertOutboxKinds
{
    /// <summary><see cref="AlertCardPost"/>: post the alert's card to a person or a channel (a reminder when they have it already).</summary>
    public const string PostCard = "alert.post-card";

    /// <summary><see cref="AlertCardUpdate"/>: replace a posted copy with the alert's current card.</summary>
    public const string UpdateCard = "alert.update-card";

    /// <summary><see cref="AlertStepDue"/>: a durable timer, due when a step's time to acknowledge runs out.</summary>
    public const string Step = "alert.step";

    /// <summary><see cref="SosFireDue"/>: a durable timer, due when an SOS's cancel window ends.</summary>
    public const string SosFire = "alert.sos-fire";
}

/// <summary>
/// Tell <paramref name="Target"/> about alert <paramref name="AlertId"/> at step <paramref name="Step"/>:
/// post the card (a person's 1:1 chat, or a new thread in a channel) when they have no copy yet, else
/// remind them in the conversation that has it; then, for a person, the activity-feed notice.
/// </summary>
public sealed record AlertCardPost(Guid AlertId, AlertTarget Target, int Step);

/// <summary>Replace the copy of alert <paramref name="AlertId"/>'s card posted in <paramref name="Conversation"/>.</summary>
public sealed record AlertCardUpdate(Guid AlertId, ConversationRef Conversation);

/// <summary>Due when step <paramref name="Step"/> of alert <paramref name="AlertId"/> ran out without anyone taking it on.</summary>
public sealed record AlertStepDue(Guid AlertId, int Step);

/// <summary>Due when the cancel window of SOS alert <paramref name="AlertId"/> ends.</summary>
public sealed record SosFireDue(Guid AlertId);
