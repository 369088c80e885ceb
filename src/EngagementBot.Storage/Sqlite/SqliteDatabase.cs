using EngagementBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Storage.Sqlite;

/// <summary>
/// The SQLite database file and the connection strategy every store shares.
/// <list type="bullet">
/// <item>Writes: SQLite allows one writer at a time, so writers queue on an async gate in front of a
/// single long-lived connection with cached prepared statements, instead of contending for the file
/// lock and retrying on SQLITE_BUSY. <c>busy_timeout</c> still covers another process.</item>
/// <item>Reads: pooled connections opened per call; in WAL mode they run beside the writer.</item>
/// <item>WAL journal with <c>synchronous=NORMAL</c>: a commit appends to the log without an fsync
/// (durable against a process crash; a power cut can lose the last commits, never corrupt).</item>
/// </list>
/// The schema is migrated on first use if the initializer has not already done it.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int BusyTimeoutMilliseconds = 5_000;
    private const int CommandTimeoutSeconds = 30;

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initializeGate = new(1, 1);
    private readonly MigrationCatalog _migrations;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly string _writerConnectionString;
    private readonly string _readerConnectionString;
    private SqliteWriteConnection? _writer;
    private volatile bool _initialized;
    private bool _disposed;

    public SqliteDatabase(string filePath, MigrationCatalog migrations, ILogger<SqliteDatabase> logger)
    {
        FilePath = filePath;
        _migrations = migrations;
        _logger = logger;
        _writerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = CommandTimeoutSeconds,
        }.ToString();
        _readerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = CommandTimeoutSeconds,
        }.ToString();
    }

    /// <summary>Absolute path of the database file.</summary>
    public string FilePath { get; }

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
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await _writeGate.WaitAsync(cancellationToken);
            try
            {
                _writer ??= OpenWriter();
                var (from, to) = SqliteSchemaMigrator.Migrate(_writer.Connection, _migrations, $"'{FilePath}'");
                if (from != to)
                {
                    _logger.LogInformation("Storage schema migrated from version {FromVersion} to {ToVersion} (SQLite)", from, to);
                }
                else
                {
                    _logger.LogInformation("Storage schema is current at version {SchemaVersion} (SQLite)", to);
                }
            }
            finally
            {
                _writeGate.Release();
            }

            _initialized = true;
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on the writer connection, alone.</summary>
    public async Task<T> WriteAsync<TState, T>(TState state, Func<SqliteWriteConnection, TState, T> work, CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_writer!, state);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled reader connection.</summary>
    public async Task<T> ReadAsync<TState, T>(TState state, Func<SqliteConnection, TState, T> work, CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = new SqliteConnection(_readerConnectionString);
        connection.Open();
        return work(connection, state);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _writeGate.Wait();
        try
        {
            _disposed = true;
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }

        using (var pooled = new SqliteConnection(_readerConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }

        _writeGate.Dispose();
        _initializeGate.Dispose();
    }

    private SqliteWriteConnection OpenWriter()
    {
        var connection = new SqliteConnection(_writerConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var journalMode = command.ExecuteScalar() as string;
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                _logger.LogWarning("SQLite did not switch to WAL journal mode (got {JournalMode}); writes will be slower", journalMode);
            }

            command.CommandText = $"""
                PRAGMA synchronous = NORMAL;
                PRAGMA busy_timeout = {BusyTimeoutMilliseconds};
                PRAGMA foreign_keys = ON;
                PRAGMA temp_store = MEMORY;
                """;
            command.ExecuteNonQuery();
            return new SqliteWriteConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
