using EngagementBot.Domain.Outbox;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task InitializeAsync_RunTwiceAndAfterRestart_AppliesEachMigrationOnce()
    {
        var afterFirstStart = await Database.ReadAppliedSchemaVersionsAsync();

        await App.Initializer.InitializeAsync(CancellationToken.None);
        var restarted = await RestartAsync(App);
        await restarted.Initializer.InitializeAsync(CancellationToken.None);

        Assert.NotEmpty(afterFirstStart);
        Assert.Equal(Enumerable.Range(1, afterFirstStart.Count).Select(v => (long)v), afterFirstStart);
        Assert.Equal(afterFirstStart, await Database.ReadAppliedSchemaVersionsAsync());
        Assert.True(await restarted.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InitializeAsync_SchemaNewerThanThisBuild_RefusesToStart()
    {
        var newer = (await Database.ReadAppliedSchemaVersionsAsync())[^1] + 1;
        await App.DisposeAsync();
        await Database.RecordSchemaVersionAsync(newer);
        var app = CreateApp();

        var error = await Assert.ThrowsAsync<StorageStartupException>(app.StartAsync);

        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Refusing to start", error.Message, StringComparison.Ordinal);
        Assert.False(await app.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_StartedApplication_ReturnsTrue()
    {
        Assert.True(await App.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_BeforeInitialization_ReturnsFalse()
    {
        var notStarted = CreateApp();

        Assert.False(await notStarted.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Restart_AfterWritesToEveryStore_DataSurvives()
    {
        var address = PersonalAddress("a:1", "aad-1");
        var message = NewMessage(T0);
        await App.ProcessedActivities.TryMarkProcessedAsync("msteams|a:1", "activity-1", T0, CancellationToken.None);
        await App.ConversationReferences.UpsertAsync(address, T0, CancellationToken.None);
        await App.DialogStates.SaveAsync("msteams|a:1|user", """{"step":4}""", 0, T0, CancellationToken.None);
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);
        await App.Outbox.MarkRetryAsync(message.Id, "503", T0.AddMinutes(1), CancellationToken.None);

        var restarted = await RestartAsync(App);

        Assert.False(await restarted.ProcessedActivities.TryMarkProcessedAsync("msteams|a:1", "activity-1", T0, CancellationToken.None));
        Assert.Equal(address, await restarted.ConversationReferences.FindAsync("msteams", "a:1", CancellationToken.None));
        Assert.Equal(address, await restarted.ConversationReferences.FindPersonalByAadObjectIdAsync("aad-1", CancellationToken.None));
        Assert.Equal(new("""{"step":4}""", 1), await restarted.DialogStates.GetAsync("msteams|a:1|user", CancellationToken.None));
        var stored = await restarted.Outbox.FindAsync(message.Id, CancellationToken.None);
        Assert.Equal(message with { Attempts = 1, LastError = "503", NextAttemptAt = T0.AddMinutes(1) }, stored);
        Assert.Equal(OutboxStatus.Pending, stored!.Status);
        Assert.Equal(1, await restarted.Outbox.CountPendingAsync(CancellationToken.None));
    }
}
