using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Channels;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Visits;
using EngagementBot.Storage.Tests.Contract;
using EngagementBot.Storage.Tests.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngagementBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public async Task AddEngagementBotStorage_PostgresWithoutConnectionString_FailsAtStartNamingTheSetting(string provider)
    {
        await using var app = StorageTestHost.Create(new Dictionary<string, string?> { ["Storage:Provider"] = provider });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(app.StartAsync);

        Assert.Contains("Storage:Postgres:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEngagementBotStorage_UnknownProvider_FailsNamingTheSettingAndChoices()
    {
        var error = Assert.Throws<StorageStartupException>(
            () => StorageTestHost.Create(new Dictionary<string, string?> { ["Storage:Provider"] = "Mongo" }));

        Assert.Contains("Storage:Provider is 'Mongo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEngagementBotStorage_NoSettings_UsesSqliteAtDefaultPathUnderContentRoot()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = StorageTestHost.Create(new Dictionary<string, string?>(), contentRoot: database.Folder);

        await app.StartAsync();

        Assert.True(File.Exists(Path.Combine(database.Folder, "data", "engagementbot.db")));
        Assert.True(await app.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddEngagementBotStorage_ProviderInOtherCase_IsAccepted()
    {
        await using var database = new SqliteTestDatabase();
        var settings = new Dictionary<string, string?>(database.Settings) { ["Storage:Provider"] = "sqlite" };
        await using var app = StorageTestHost.Create(settings);

        await app.StartAsync();

        Assert.True(await app.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddEngagementBotStorage_BlankSqlitePath_FailsAtStartNamingTheSetting()
    {
        await using var app = StorageTestHost.Create(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = " " });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(app.StartAsync);

        Assert.Contains("Storage:Sqlite:Path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void AddEngagementBotStorage_EitherProvider_RegistersEveryPortOnce(string provider)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = provider })
            .Build();

        services.AddEngagementBotStorage(configuration);

        Type[] ports =
        [
            typeof(IProcessedActivityStore), typeof(IConversationReferenceStore), typeof(IDialogStateStore),
            typeof(IOutboxStore), typeof(IHazardFlagStore), typeof(IVisitPlanStore), typeof(IApprovalStore), typeof(ISessionStore), typeof(IAlertStore),
            typeof(IIncidentStore), typeof(IChannelSubscriptionStore), typeof(IStorageInitializer),
            typeof(IStorageHealth),
        ];
        Assert.All(ports, port => Assert.Single(services, d => d.ServiceType == port));
    }
}
