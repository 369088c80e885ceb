using EngagementBot.Connector.Configuration;

namespace EngagementBot.Connector.Tests.Configuration;

public sealed class BotOptionsValidatorTests
{
    private readonly BotOptionsValidator _validator = new();

    [Fact]
    public void Validate_ProductionWithoutSettings_FailsNamingEachMissingSetting()
    {
        var result = _validator.Validate(null, new BotOptions());

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Bot:AppId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Bot:AppPassword", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Bot:TenantId", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ProductionMissingOnlyTenant_NamesOnlyTenant()
    {
        var result = _validator.Validate(null, new BotOptions { AppId = "a", AppPassword = "p" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Bot:TenantId", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithAllSettings_Succeeds()
    {
        var result = _validator.Validate(null, new BotOptions { AppId = "a", AppPassword = "p", TenantId = "t" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_DevelopmentWithoutSettings_Succeeds()
    {
        var result = _validator.Validate(null, new BotOptions { DevelopmentAuthentication = true });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("not a url")]
    public void Validate_MetadataOverPlainHttpOnRemoteHost_Fails(string url)
    {
        var result = _validator.Validate(null, new BotOptions { AppId = "a", AppPassword = "p", TenantId = "t", OpenIdMetadataUrl = url });

        Assert.Contains(result.Failures!, f => f.Contains("Bot:OpenIdMetadataUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ZeroAttempts_Fails()
    {
        var options = new BotOptions { DevelopmentAuthentication = true, Retry = new ConnectorRetryOptions { MaxAttempts = 0 } };

        var result = _validator.Validate(null, options);

        Assert.Contains(result.Failures!, f => f.Contains("Bot:Retry:MaxAttempts", StringComparison.Ordinal));
    }
}
