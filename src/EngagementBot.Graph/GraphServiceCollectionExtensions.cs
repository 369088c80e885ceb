using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using EngagementBot.Graph.Installation;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.NotConfigured;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace EngagementBot.Graph;

/// <summary>The one composition entry point of the Microsoft Graph integration.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphOptions"/> (section <c>Graph</c>, validated at start; empty
    /// TenantId/ClientId/ClientSecret take <c>Bot:TenantId</c>/<c>Bot:AppId</c>/<c>Bot:AppPassword</c>),
    /// the <see cref="GraphServiceClient"/> (see <see cref="GraphServiceClientBuilder"/>) and
    /// <see cref="IManagerDirectory"/>, <see cref="ITeamsAppInstaller"/>,
    /// <see cref="IActivityFeedNotifier"/> and <see cref="IMailNotifier"/>. With
    /// <c>Graph:Enabled=false</c> managers come from configuration only (the fallback and its
    /// delegates), app installs are not checked, and the feed and mail fail every call non-transiently.
    /// Register a <see cref="GraphCredentialOverride"/> to authenticate without a client secret.
    /// </summary>
    public static IServiceCollection AddEngagementBotGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.SectionName))
            .PostConfigure(options => UseBotIdentityWhenEmpty(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(provider => GraphServiceClientBuilder.Create(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value,
            provider.GetService<GraphCredentialOverride>()));
        services.TryAddSingleton(provider => provider.GetRequiredService<GraphClientHandle>().Client);
        services.TryAddSingleton<GraphNotConfigured>();

        services.TryAddSingleton<ConfiguredManagerDirectory>();
        services.TryAddSingleton<UncheckedTeamsAppInstaller>();

        services.TryAddSingleton(EnabledOrNot<IManagerDirectory, GraphManagerDirectory, ConfiguredManagerDirectory>);
        services.TryAddSingleton(EnabledOrNot<ITeamsAppInstaller, GraphTeamsAppInstaller, UncheckedTeamsAppInstaller>);
        services.TryAddSingleton(EnabledOrNot<IActivityFeedNotifier, GraphActivityFeedNotifier, GraphNotConfigured>);
        services.TryAddSingleton(EnabledOrNot<IMailNotifier, GraphMailNotifier, GraphNotConfigured>);
        return services;
    }

    // Decided when first resolved, not when registered, so configuration added later (tests) counts.
    private static TService EnabledOrNot<TService, TImplementation, TWithoutGraph>(IServiceProvider provider)
        where TService : class
        where TImplementation : class, TService
        where TWithoutGraph : class, TService =>
        provider.GetRequiredService<IOptions<GraphOptions>>().Value.Enabled
            ? ActivatorUtilities.CreateInstance<TImplementation>(provider)
            : provider.GetRequiredService<TWithoutGraph>();

    private static void UseBotIdentityWhenEmpty(GraphOptions options, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            options.TenantId = configuration["Bot:TenantId"];
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            options.ClientId = configuration["Bot:AppId"];
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            options.ClientSecret = configuration["Bot:AppPassword"];
        }
    }
}
