using EngagementBot.Graph.Configuration;

namespace EngagementBot.Graph.Tests.Configuration;

public sealed class GraphOptionsValidatorTests
{
    private static GraphOptions Valid() => new()
    {
        Enabled = true,
        TenantId = "t",
        ClientId = "c",
        ClientSecret = "s",
        TeamsAppId = "app",
        MailSenderAadObjectId = "sender",
    };

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", true)]
    [InlineData("http://127.0.0.1:5000/v1.0", true)]
    [InlineData("http://localhost:5000/v1.0", true)]
    [InlineData("http://[::1]:5000/v1.0", true)]
    [InlineData("http://127.0.0.2:5000/v1.0", false)]
    [InlineData("http://graph.microsoft.com/v1.0", false)]
    [InlineData("graph.microsoft.com/v1.0", false)]
    [InlineData("", false)]
    public void Validate_BaseUrl_HttpsOrLoopbackOnly(string baseUrl, bool valid)
    {
        var options = Valid();
        options.BaseUrl = baseUrl;

        var result = new GraphOptionsValidator([]).Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validate_Disabled_NeedsNothing()
    {
        var result = new GraphOptionsValidator([]).Validate(null, new GraphOptions { Enabled = false, BaseUrl = "nonsense" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ZeroTimeout_Fails()
    {
        var options = Valid();
        options.Timeout = TimeSpan.Zero;

        var result = new GraphOptionsValidator([]).Validate(null, options);

        Assert.Equal(["Graph:Timeout must be > 0."], result.Failures);
    }
}
