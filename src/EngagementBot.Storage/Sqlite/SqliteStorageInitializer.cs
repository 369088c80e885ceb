
namespace EngagementBot.Storage.Sqlite;

internal sealed class SqliteStorageInitializer(SqliteDatabase database) : IStorageInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);
}
