using System.Net;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Authentication;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Tokens;
using EngagementBot.Connector.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Connector.Tests;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddBotConnector_ProductionWithoutSettings_HostRefusesToStartNamingEachSetting()
    {
        using var host = BuildHost(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:AppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AppPassword", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:TenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotConnector_DevelopmentAuthentication_WarnsLoudlyAtStartAndSendsNoToken()
    {
        var logs = new CollectingLoggerProvider();
        using var host = BuildHost(new() { ["Bot:DevelopmentAuthentication"] = "true" }, logs);

        await host.StartAsync();
        await host.StopAsync();

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("AUTHENTICATION IS DISABLED", StringComparison.Ordinal));
        Assert.IsType<AnonymousConnectorTokenProvider>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        var result = await host.Services.GetRequiredService<IBotAuthenticator>().AuthenticateAsync(null, "msteams", "http://localhost:1/_connector", CancellationToken.None);
        Assert.True(result.IsDevelopment);
    }

    [Fact]
    public async Task AddBotConnector_ProductionSettings_StartsWithoutWarningAndUsesMsal()
    {
        var logs = new CollectingLoggerProvider();
        using var host = BuildHost(
            new() { ["Bot:AppId"] = "app", ["Bot:AppPassword"] = "secret", ["Bot:TenantId"] = "tenant" },
            logs);

        await host.StartAsync();
        await host.StopAsync();

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("AUTHENTICATION IS DISABLED", StringComparison.Ordinal));
        Assert.IsType<MsalConnectorTokenProvider>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        Assert.IsType<BotAuthenticator>(host.Services.GetRequiredService<IBotAuthenticator>());
    }

    [Fact]
    public void AddBotConnector_NoTimeProvider_RegistersSystemClock()
    {
        var services = new ServiceCollection();

        services.AddBotConnector(Configuration(new()));

        using var provider = services.BuildServiceProvider();
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddBotConnector_TypedClient_RetriesThroughRegisteredHandlerOnInjectedClock()
    {
        var time = new RecordingTimeProvider();
        var stub = new StubHttpHandler((_, call) => call == 1
            ? StubHttpHandler.Json(HttpStatusCode.ServiceUnavailable, null)
            : StubHttpHandler.Json(HttpStatusCode.OK, "{\"id\":\"sent\"}"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddBotConnector(Configuration(new() { ["Bot:DevelopmentAuthentication"] = "true" }));
        services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IConnectorClient>();
        var result = await client.SendToConversationAsync("http://localhost:1/_connector", "c", new Activity { Type = "message", Text = "hi" }, CancellationToken.None);

        Assert.Equal("sent", result.Id);
        Assert.Equal(2, stub.Calls);
        Assert.Single(time.RequestedDelays);
        Assert.All(stub.Requests, r => Assert.Null(r.Authorization));
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, CollectingLoggerProvider? logs = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs ?? new CollectingLoggerProvider());
        builder.Services.AddBotConnector(builder.Configuration);
        return builder.Build();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
