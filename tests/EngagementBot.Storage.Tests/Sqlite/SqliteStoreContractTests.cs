using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Sqlite;

/// <summary>The store contract, run against SQLite on a temporary database file.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override StorageTestDatabase CreateDatabase() => new SqliteTestDatabase();
}
