using System.Net.Http.Headers;
using EngagementBot.Connector.Client;

namespace EngagementBot.Connector.Tests.Client;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Fact]
    public void Read_DeltaSeconds_ReturnsDelta()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfter.Read(new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)), Now, Cap));
    }

    [Fact]
    public void Read_FutureDate_ReturnsTimeUntilDate()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Read(new RetryConditionHeaderValue(Now.AddSeconds(30)), Now, Cap));
    }

    [Fact]
    public void Read_PastDate_ReturnsZero()
    {
        Assert.Equal(TimeSpan.Zero, RetryAfter.Read(new RetryConditionHeaderValue(Now.AddSeconds(-30)), Now, Cap));
    }

    [Fact]
    public void Read_BeyondCap_ReturnsCap()
    {
        Assert.Equal(Cap, RetryAfter.Read(new RetryConditionHeaderValue(TimeSpan.FromMinutes(10)), Now, Cap));
    }

    [Fact]
    public void Read_NoHeader_ReturnsNull()
    {
        Assert.Null(RetryAfter.Read(null, Now, Cap));
    }
}
