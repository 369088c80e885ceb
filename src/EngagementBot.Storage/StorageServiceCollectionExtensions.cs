using EngagementBot.Storage.Configuration;
using EngagementBot.Storage.Postgres;
using EngagementBot.Storage.Sqlite;
using EngagementBot.Storage.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EngagementBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage ports (<c>IProcessedActivityStore</c>, <c>IConversationReferenceStore</c>,
    /// <c>IDialogStateStore</c>, <c>IOutboxStore</c>, <c>IHazardFlagStore</c>, <c>IVisitPlanStore</c>, <c>IApprovalStore</c>,
    /// <c>ISessionStore</c>, <c>IAlertStore</c>, <c>IIncidentStore</c>, <c>IChannelSubscriptionStore</c>, <c>IEscalationStore</c>) for the provider chosen by <c>Storage:Provider</c>,
    /// the validated <see cref="StorageOptions"/>, <see cref="IStorageInitializer"/> (also run by a hosted
    /// service at start) and <see cref="IStorageHealth"/> for readiness.
    /// </summary>
    /// <exception cref="StorageStartupException"><c>Storage:Provider</c> names a provider this build cannot use.</exception>
    public static IServiceCollection AddEngagementBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var provider = StorageProviderSetting.Read(configuration);
        services.AddOptions<StorageOptions>()
            .Configure(options =>
            {
                options.Provider = provider;
                var section = configuration.GetSection(StorageOptions.SectionName);
                section.GetSection("Sqlite").Bind(options.Sqlite);
                section.GetSection("Postgres").Bind(options.Postgres);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        switch (provider)
        {
            case StorageProvider.Sqlite:
                services.AddSqliteStorage();
                break;
            case StorageProvider.Postgres:
                services.AddPostgresStorage();
                break;
            default:
                throw new StorageStartupException($"{StorageOptions.ProviderKey} '{provider}' is not supported.");
        }

        services.AddHostedService<StorageInitializationService>();
        return services;
    }
}
