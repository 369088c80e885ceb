using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Postgres;

/// <summary>
/// The store contract, run against PostgreSQL: every test gets a freshly created database on the
/// server named by <c>ENGAGEMENTBOT_TEST_POSTGRES</c> (set by ./test.sh), dropped afterwards.
/// </summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    protected override StorageTestDatabase CreateDatabase() => new PostgresTestDatabase();
}
