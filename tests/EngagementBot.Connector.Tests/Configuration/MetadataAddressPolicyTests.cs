using EngagementBot.Connector.Configuration;

namespace EngagementBot.Connector.Tests.Configuration;

public sealed class MetadataAddressPolicyTests
{
    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/openid", true)]
    [InlineData("http://localhost:5000/openid", true)]
    [InlineData("http://[::1]:5000/openid", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("ftp://127.0.0.1/openid", false)]
    [InlineData("/relative", false)]
    [InlineData(null, false)]
    public void IsAllowed_Address_AllowsHttpsOrLoopbackHttpOnly(string? address, bool expected)
    {
        Assert.Equal(expected, MetadataAddressPolicy.IsAllowed(address));
    }

    [Theory]
    [InlineData("https://login.botframework.com/x", true)]
    [InlineData("http://127.0.0.1:5000/x", false)]
    public void RequiresHttps_Address_OnlyLoopbackHttpIsExempt(string address, bool expected)
    {
        Assert.Equal(expected, MetadataAddressPolicy.RequiresHttps(address));
    }
}
