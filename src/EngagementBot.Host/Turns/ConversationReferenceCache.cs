using System.Collections.Concurrent;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Host.Turns;

/// <summary>
/// Remembers which conversation addresses this instance stored recently, so a turn in an unchanged
/// conversation does not read and rewrite the same row. An address that changed (a new service URL,
/// a different user) or was last stored more than <see cref="Freshness"/> ago is stored again, which
/// also keeps "last seen" as fresh as the store keeps it. Bounded: when full it starts over.
/// </summary>
public sealed class ConversationReferenceCache
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, (ConversationAddress Address, DateTimeOffset StoredAt)> _stored = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="address"/> must be written to the store.</summary>
    public bool NeedsStoring(ConversationAddress address, DateTimeOffset now) =>
        !_stored.TryGetValue(address.Key, out var seen)
        || seen.Address != address
        || now - seen.StoredAt >= Freshness;

    public void Stored(ConversationAddress address, DateTimeOffset now)
    {
        if (_stored.Count >= Capacity)
        {
            _stored.Clear();
        }

        _stored[address.Key] = (address, now);
    }
}
