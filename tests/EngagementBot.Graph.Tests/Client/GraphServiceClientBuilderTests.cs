using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace EngagementBot.Graph.Tests.Client;

public sealed class GraphServiceClientBuilderTests
{
    [Fact]
    public void WithoutRetries_SdkDefaultHandlers_DropsOnlyTheRetryHandler()
    {
        var defaults = Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers();
        var defaultTypes = defaults.Select(h => h.GetType()).ToList();

        var kept = GraphServiceClientBuilder.WithoutRetries(defaults);

        Assert.Contains(typeof(RetryHandler), defaultTypes);
        Assert.Equal(defaultTypes.Where(t => t != typeof(RetryHandler)), kept.Select(h => h.GetType()));
    }

    [Fact]
    public void Create_BaseUrl_IsTheRequestAdapterBaseUrl()
    {
        var options = new GraphOptions { Enabled = true, BaseUrl = "https://graph.microsoft.us/v1.0/", TenantId = "t", ClientId = "c", ClientSecret = "s" };

        using var graph = GraphServiceClientBuilder.Create(options, credentialOverride: null);

        Assert.Equal("https://graph.microsoft.us/v1.0", graph.Client.RequestAdapter.BaseUrl);
    }
}
