using EngagementBot.Domain.Conversations;
using EngagementBot.Host.Turns;

namespace EngagementBot.Host.Tests.Turns;

public sealed class ConversationReferenceCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ConversationAddress Address(string serviceUrl = "https://smba.example/emea/") =>
        new("msteams", serviceUrl, "a:1", ConversationKind.Personal, "tenant", "28:bot", "Bot", "29:user", "aad-user", null, null);

    [Fact]
    public void NeedsStoring_NeverStored_IsTrue()
    {
        Assert.True(new ConversationReferenceCache().NeedsStoring(Address(), Now));
    }

    [Fact]
    public void NeedsStoring_SameAddressStoredJustNow_IsFalse()
    {
        var cache = new ConversationReferenceCache();
        cache.Stored(Address(), Now);

        Assert.False(cache.NeedsStoring(Address(), Now.AddSeconds(30)));
    }

    [Fact]
    public void NeedsStoring_ServiceUrlChanged_IsTrue()
    {
        var cache = new ConversationReferenceCache();
        cache.Stored(Address(), Now);

        Assert.True(cache.NeedsStoring(Address("https://smba.example/uk/"), Now.AddSeconds(1)));
    }

    [Fact]
    public void NeedsStoring_StoredLongerAgoThanFreshness_IsTrue()
    {
        var cache = new ConversationReferenceCache();
        cache.Stored(Address(), Now);

        Assert.True(cache.NeedsStoring(Address(), Now + ConversationReferenceCache.Freshness));
    }
}
