using EngagementBot.Connector.Authentication;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Tokens;
using EngagementBot.Connector.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EngagementBot.Connector;

/// <summary>The one composition entry point of the Bot Connector protocol.</summary>
public static class ConnectorServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Registers <see cref="BotOptions"/> (section <c>Bot</c>, validated at start), the inbound
    /// <see cref="IBotAuthenticator"/>, the outbound <see cref="IConnectorTokenProvider"/> and the
    /// typed <see cref="IConnectorClient"/> with its retry handler, and <see cref="TimeProvider.System"/>
    /// unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DevelopmentAuthenticationWarning>();

        services.AddHttpClient(AuthenticationConstants.MetadataHttpClientName, client => client.Timeout = MetadataTimeout);
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<IBotAuthenticator>(provider => provider.GetRequiredService<BotAuthenticator>());

        services.TryAddSingleton<IConnectorTokenProvider>(CreateTokenProvider);
        services.TryAddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = PooledConnectionLifetime,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<ConnectorRetryHandler>();

        return services;
    }

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<BotOptions>>().Value;
        if (options.HasCredentials)
        {
            return new MsalConnectorTokenProvider(options);
        }

        if (options.DevelopmentAuthentication)
        {
            return new AnonymousConnectorTokenProvider();
        }

        throw new OptionsValidationException(BotOptions.SectionName, typeof(BotOptions), ["Bot:AppId, Bot:AppPassword and Bot:TenantId are required."]);
    }
}
