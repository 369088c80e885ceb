namespace EngagementBot.Storage.Tests.Contract;

/// <summary>
/// The behaviour every storage provider must show, written once against the ports. A provider's
/// test class derives from this and supplies <see cref="CreateDatabase"/>; every test here then
/// runs against that provider. Split by port into partial files.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    /// <summary>A fixed instant with milliseconds (stores keep millisecond precision).</summary>
    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    private readonly List<StorageTestHost> _hosts = [];
    private StorageTestDatabase? _database;

    protected StorageTestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The started application every test begins with.</summary>
    protected StorageTestHost App { get; private set; } = null!;

    /// <summary>A fresh, empty database of the provider under test.</summary>
    protected abstract StorageTestDatabase CreateDatabase();

    public async Task InitializeAsync()
    {
        _database = CreateDatabase();
        App = await StartAppAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Another application instance on the same database, not started yet.</summary>
    protected StorageTestHost CreateApp()
    {
        var host = StorageTestHost.Create(Database.Settings);
        _hosts.Add(host);
        return host;
    }

    protected async Task<StorageTestHost> StartAppAsync()
    {
        var host = CreateApp();
        await host.StartAsync();
        return host;
    }

    /// <summary>Stops the application (closing the database) and starts a new one on it.</summary>
    protected async Task<StorageTestHost> RestartAsync(StorageTestHost host)
    {
        _hosts.Remove(host);
        await host.DisposeAsync();
        return await StartAppAsync();
    }
}
