namespace EngagementBot.Domain.Channels;

/// <summary>Whether a change turned a channel's alerts on or off.</summary>
public enum SubscriptionAction
{
    On,
    Off,
}
