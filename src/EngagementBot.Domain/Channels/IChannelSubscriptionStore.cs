namespace EngagementBot.Domain.Channels;

/// <summary>
/// Which Teams channels receive risk alerts for which area. Every on/off is appended and kept (nothing is
/// updated or deleted); a channel's subscription is its latest change. Area names are matched ignoring
/// letter case.
/// </summary>
public interface IChannelSubscriptionStore
{
    /// <summary>Appends a change (checked with <see cref="ChannelSubscriptionChange.EnsureValid"/>); idempotent by id.</summary>
    Task<bool> RecordAsync(ChannelSubscriptionChange change, CancellationToken cancellationToken);

    /// <summary>The channel's latest change, whether on or off; null when it never had one.</summary>
    Task<ChannelSubscriptionChange?> CurrentAsync(string teamsChannelId, CancellationToken cancellationToken);

    /// <summary>The channels whose latest change turned alerts on for <paramref name="area"/>.</summary>
    Task<IReadOnlyList<ChannelSubscriptionChange>> SubscribedToAsync(string area, CancellationToken cancellationToken);

    /// <summary>Every change to the channel, oldest first.</summary>
    Task<IReadOnlyList<ChannelSubscriptionChange>> HistoryAsync(string teamsChannelId, CancellationToken cancellationToken);
}
