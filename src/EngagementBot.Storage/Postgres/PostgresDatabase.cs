using EngagementBot.Storage.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EngagementBot.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database every store talks to through one pooled <see cref="NpgsqlDataSource"/>.
/// Unlike SQLite there is no single-writer gate: the server serializes conflicting writes, and the
/// stores use row locks (<c>FOR UPDATE</c>, <c>SKIP LOCKED</c>) and compare-and-set updates so several
/// bot instances can share it. The data source is created on first use, so composing the services
/// never touches the network. The schema is migrated on first use if the initializer has not done it.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _initializeGate = new(1, 1);
    private readonly MigrationCatalog _migrations;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly Lazy<NpgsqlDataSource> _dataSource;
    private volatile bool _initialized;
    private bool _disposed;

    public PostgresDatabase(string connectionString, MigrationCatalog migrations, ILogger<PostgresDatabase> logger)
    {
        _migrations = migrations;
        _logger = logger;
        _dataSource = new Lazy<NpgsqlDataSource>(() => NpgsqlDataSource.Create(connectionString));
    }

    public bool IsInitialized => _initialized;

    /// <summary>The schema version this build migrates to.</summary>
    public int LatestSchemaVersion => _migrations.LatestVersion;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeGate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            ObjectDisposedException.ThrowIf(_disposed, this);
            await using var connection = await _dataSource.Value.OpenConnectionAsync(cancellationToken);
            var (from, to) = await PostgresSchemaMigrator.MigrateAsync(connection, _migrations, cancellationToken);
            if (from != to)
            {
                _logger.LogInformation("Storage schema migrated from version {FromVersion} to {ToVersion} (PostgreSQL)", from, to);
            }
            else
            {
                _logger.LogInformation("Storage schema is current at version {SchemaVersion} (PostgreSQL)", to);
            }

            _initialized = true;
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    /// <summary>An open pooled connection, after making sure the schema is current.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _dataSource.Value.OpenConnectionAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_dataSource.IsValueCreated)
        {
            await _dataSource.Value.DisposeAsync();
        }

        _initializeGate.Dispose();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }

        _initializeGate.Dispose();
    }
}
