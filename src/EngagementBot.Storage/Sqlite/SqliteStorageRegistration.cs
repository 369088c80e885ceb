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
using EngagementBot.Storage.Sqlite.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Storage.Sqlite;

/// <summary>Registers the SQLite implementation of every storage port.</summary>
internal static class SqliteStorageRegistration
{
    public const string MigrationResourcePrefix = "Sqlite.Migrations.";

    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.AddSingleton(provider => new SqliteDatabase(
            ResolvePath(provider),
            EmbeddedMigrationLoader.Load(MigrationResourcePrefix),
            provider.GetRequiredService<ILogger<SqliteDatabase>>()));
        services.AddSingleton<IStorageInitializer, SqliteStorageInitializer>();
        services.AddSingleton<IStorageHealth, SqliteStorageHealth>();
        services.AddSingleton<IProcessedActivityStore, SqliteProcessedActivityStore>();
        services.AddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.AddSingleton<IDialogStateStore, SqliteDialogStateStore>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<IHazardFlagStore, SqliteHazardFlagStore>();
        services.AddSingleton<IVisitPlanStore, SqliteVisitPlanStore>();
        services.AddSingleton<IApprovalStore, SqliteApprovalStore>();
        services.AddSingleton<ISessionStore, SqliteSessionStore>();
        services.AddSingleton<IAlertStore, SqliteAlertStore>();
        services.AddSingleton<IIncidentStore, SqliteIncidentStore>();
        services.AddSingleton<IChannelSubscriptionStore, SqliteChannelSubscriptionStore>();
        services.AddSingleton<IEngagementLog, SqliteEngagementLog>();
        services.AddSingleton<IEscalationStore, SqliteEscalationStore>();
        return services;
    }

    /// <summary><c>Storage:Sqlite:Path</c>, made absolute against the content root (or the current directory).</summary>
    private static string ResolvePath(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<StorageOptions>>().Value.Sqlite.Path;
        var baseDirectory = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(configured, baseDirectory);
    }
}
