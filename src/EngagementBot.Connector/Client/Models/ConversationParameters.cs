using EngagementBot.Connector.Activities;

namespace EngagementBot.Connector.Client.Models;

/// <summary>The body of <c>POST /v3/conversations</c>.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The first post of a channel thread (required for channel threads).</summary>
    public Activity? Activity { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>A new thread in a Teams channel, opened by <paramref name="rootActivity"/>.</summary>
    public static ConversationParameters ForChannelThread(string teamsChannelId, string tenantId, Activity rootActivity, ChannelAccount? bot = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamsChannelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(rootActivity);
        return new ConversationParameters
        {
            IsGroup = true,
            Bot = bot,
            TenantId = tenantId,
            Activity = rootActivity,
            ChannelData = new TeamsChannelData { Channel = new TeamsIdentifier(teamsChannelId), Tenant = new TeamsIdentifier(tenantId) },
        };
    }

    /// <summary>
    /// A proactive 1:1 chat with one user (the app must be installed for that user).
    /// </summary>
    public static ConversationParameters ForPersonalChat(string userId, string tenantId, ChannelAccount? bot = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TeamsIdentifier(tenantId) },
        };
    }
}
