using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Channels;

/// <summary>
/// One "alerts on" or "alerts off" in a Teams channel, kept for audit: which channel (<see cref="TeamsChannelId"/>
/// in team <see cref="TeamId"/>), for which area, the conversation the command came from (its stored
/// reference gives the service URL, tenant and bot account for posting new threads), who (directory object
/// id, as the channel reported them) and when.
/// </summary>
public sealed record ChannelSubscriptionChange(
    Guid Id,
    string TeamsChannelId,
    string TeamId,
    string Area,
    SubscriptionAction Action,
    ConversationRef Conversation,
    string ChangedBy,
    DateTimeOffset ChangedAt)
{
    /// <summary>Longest area name.</summary>
    public const int MaxAreaLength = 100;

    /// <exception cref="ArgumentException">A blank id, area or author, an over-long area, or an undefined action.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(TeamsChannelId, nameof(TeamsChannelId));
        ArgumentException.ThrowIfNullOrWhiteSpace(TeamId, nameof(TeamId));
        ArgumentException.ThrowIfNullOrWhiteSpace(Area, nameof(Area));
        ArgumentException.ThrowIfNullOrWhiteSpace(ChangedBy, nameof(ChangedBy));
        ArgumentNullException.ThrowIfNull(Conversation);
        if (Area.Length > MaxAreaLength || !Enum.IsDefined(Action))
        {
            throw new ArgumentException($"An area name is at most {MaxAreaLength} characters and the action is on or off.", nameof(Area));
        }
    }
}
