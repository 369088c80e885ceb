using Azure.Core;
using Azure.Identity;
using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using Microsoft.Identity.Client;
using Moq;

namespace EngagementBot.Graph.Tests.Client;

public sealed class GraphErrorsTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(408, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    public void IsTransientStatus_Status_ClassifiesAsOutboxExpects(int status, bool transient) =>
        Assert.Equal(transient, GraphErrors.IsTransientStatus(status));

    [Fact]
    public async Task RunAsync_EntraRefusesCredentials_ThrowsNonTransient()
    {
        var refused = new AuthenticationFailedException("ClientSecretCredential authentication failed", new MsalServiceException("invalid_client", "AADSTS7000215", 401));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(() => RunWithFailingCredentialAsync(refused));

        Assert.False(error.IsTransient);
        Assert.Contains("could not get a Graph token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EntraUnavailable_ThrowsTransient()
    {
        var outage = new AuthenticationFailedException("ClientSecretCredential authentication failed", new MsalServiceException("service_not_available", "down", 503));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(() => RunWithFailingCredentialAsync(outage));

        Assert.True(error.IsTransient);
    }

    // The token is asked for before any request leaves, so no server is needed.
    private static async Task RunWithFailingCredentialAsync(Exception failure)
    {
        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);
        credential.Setup(c => c.GetToken(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>())).Throws(failure);
        var options = new GraphOptions { Enabled = true, BaseUrl = "http://127.0.0.1:9/v1.0" };
        using var graph = GraphServiceClientBuilder.Create(options, new GraphCredentialOverride(credential.Object));
        await GraphErrors.RunAsync("get line manager", ct => graph.Client.Users["u"].Manager.GetAsync(cancellationToken: ct), TimeProvider.System, CancellationToken.None);
    }
}
