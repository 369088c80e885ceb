using System.Text.Json.Serialization;
using EngagementBot.Domain.Approvals;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>The outbox kinds of the approval flow and their payloads.</summary>
public static class ApprovalOutboxKinds
{
    /// <summary><see cref="ApprovalCardPost"/>: post the approval's current card to someone.</summary>
    public const string PostCard = "approval.post-card";

    /// <summary><see cref="ApprovalCardUpdate"/>: replace a posted copy with the approval's current card.</summary>
    public const string UpdateCard = "approval.update-card";

    /// <summary><see cref="ApprovalDeadline"/>: a durable timer, due when a rung should be reminded or escalated.</summary>
    public const string Deadline = "approval.deadline";
}

/// <summary>
/// Post approval <paramref name="ApprovalId"/>'s card to <paramref name="RecipientAadObjectId"/>: into
/// <paramref name="Conversation"/> when given, else into their 1:1 chat with the bot (opened, and the
/// app installed for them, when there is none yet). <paramref name="Via"/> is a conversation of the
/// same tenant whose service URL and bot account open that chat.
/// </summary>
public sealed record ApprovalCardPost(Guid ApprovalId, string RecipientAadObjectId, ConversationRef? Conversation, ConversationRef Via);

/// <summary>Replace the copy of approval <paramref name="ApprovalId"/>'s card posted in <paramref name="Conversation"/>.</summary>
public sealed record ApprovalCardUpdate(Guid ApprovalId, ConversationRef Conversation);

/// <summary>
/// Due when rung <paramref name="Rung"/> of approval <paramref name="ApprovalId"/> should be reminded
/// or escalated. Acts only if the approval is still pending at that rung, so a late or repeated
/// delivery does nothing twice.
/// </summary>
public sealed record ApprovalDeadline(Guid ApprovalId, int Rung, DeadlineStep Step);

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineStep>))]
public enum DeadlineStep
{
    Remind,
    Escalate,
}
