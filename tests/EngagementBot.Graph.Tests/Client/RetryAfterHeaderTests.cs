using EngagementBot.Graph.Client;

namespace EngagementBot.Graph.Tests.Client;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_DeltaSeconds_ReturnsThatDelay() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Read(Headers("retry-after", "30"), Now));

    [Fact]
    public void Read_HttpDate_ReturnsTimeUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfterHeader.Read(Headers("Retry-After", Now.AddSeconds(90).ToString("r")), Now));

    [Fact]
    public void Read_DateInThePast_ReturnsZero() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(Headers("Retry-After", Now.AddSeconds(-5).ToString("r")), Now));

    [Fact]
    public void Read_NoOrUnreadableHeader_ReturnsNull()
    {
        Assert.Null(RetryAfterHeader.Read(null, Now));
        Assert.Null(RetryAfterHeader.Read(Headers("Content-Type", "application/json"), Now));
        Assert.Null(RetryAfterHeader.Read(Headers("Retry-After", "soon"), Now));
    }

    private static Dictionary<string, IEnumerable<string>> Headers(string name, string value) => new() { [name] = [value] };
}
