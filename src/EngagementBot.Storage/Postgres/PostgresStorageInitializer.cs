namespace EngagementBot.Storage.Postgres;

internal sealed class PostgresStorageInitializer(PostgresDatabase database) : IStorageInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);
}
