using EngagementBot.Domain.Approvals;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>The outbox kinds of the plan-visit flow and their payloads.</summary>
public static class PlanOutboxKinds
{
    /// <summary>The team-channel copy of a plan as a new thread in the team's channel (<see cref="PlanChannelPost"/>).</summary>
    public const string ChannelCopy = "plan.channel-copy";
}

/// <summary>
/// A plan's copy for one channel: the copy (no free text by construction), the Teams channel to open a thread
/// in, and a conversation the bot knows there (its stored reference gives the service URL, tenant and bot account).
/// </summary>
public sealed record PlanChannelPost(PlanChannelCopy Copy, string TeamsChannelId, ConversationRef Via) : IChannelThreadPost
{
    public static string OutboxKind => PlanOutboxKinds.ChannelCopy;
}
