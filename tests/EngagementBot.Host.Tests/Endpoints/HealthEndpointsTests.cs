using System.Net;
using EngagementBot.Host.Tests.TestSupport;

namespace EngagementBot.Host.Tests.Endpoints;

public sealed class HealthEndpointsTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/healthz", "ok")]
    [InlineData("/readyz", "ready")]
    public async Task Get_HealthEndpoint_Answers200(string path, string expected)
    {
        var response = await _bot.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }
}
