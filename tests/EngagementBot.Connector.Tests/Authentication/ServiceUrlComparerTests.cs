using EngagementBot.Connector.Authentication;

namespace EngagementBot.Connector.Tests.Authentication;

public sealed class ServiceUrlComparerTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea", "https://SMBA.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.evil.example/emea/", false)]
    [InlineData(null, "https://x/", false)]
    [InlineData("https://x/", null, false)]
    [InlineData("", "", false)]
    public void AreSame_Urls_ComparesIgnoringCaseAndTrailingSlash(string? left, string? right, bool expected)
    {
        Assert.Equal(expected, ServiceUrlComparer.AreSame(left, right));
    }
}
