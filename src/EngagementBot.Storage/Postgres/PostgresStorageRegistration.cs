using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Channels;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Visits;
using EngagementBot.Storage.Configuration;
using EngagementBot.Storage.Migrations;
using EngagementBot.Storage.Postgres.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Storage.Postgres;

/// <summary>Registers the PostgreSQL implementation of every storage port.</summary>
internal static class PostgresStorageRegistration
{
    public const string MigrationResourcePrefix = "Postgres.Migrations.";

    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.AddSingleton(provider => new PostgresDatabase(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Postgres.ConnectionString
                ?? throw new StorageStartupException($"{StorageOptions.PostgresConnectionStringKey} is required."),
            EmbeddedMigrationLoader.Load(MigrationResourcePrefix),
            provider.GetRequiredService<ILogger<PostgresDatabase>>()));
        services.AddSingleton<IStorageInitializer, PostgresStorageInitializer>();
        services.AddSingleton<IStorageHealth, PostgresStorageHealth>();
        services.AddSingleton<IProcessedActivityStore, PostgresProcessedActivityStore>();
        services.AddSingleton<IConversationReferenceStore, PostgresConversationReferenceStore>();
        services.AddSingleton<IDialogStateStore, PostgresDialogStateStore>();
        services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
        services.AddSingleton<IHazardFlagStore, PostgresHazardFlagStore>();
        services.AddSingleton<IVisitPlanStore, PostgresVisitPlanStore>();
        services.AddSingleton<IApprovalStore, PostgresApprovalStore>();
        services.AddSingleton<ISessionStore, PostgresSessionStore>();
        services.AddSingleton<IAlertStore, PostgresAlertStore>();
        services.AddSingleton<IIncidentStore, PostgresIncidentStore>();
        services.AddSingleton<IChannelSubscriptionStore, PostgresChannelSubscriptionStore>();
        services.AddSingleton<IEngagementLog, PostgresEngagementLog>();
        services.AddSingleton<IEscalationStore, PostgresEscalationStore>();
        return services;
    }
}
