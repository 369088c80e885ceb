using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Postgres.Stores;

/// <summary>The PostgreSQL schema's refusals: the shared suite, and TRUNCATE, which PostgreSQL has.</summary>
public sealed class PostgresHazardFlagStoreTests : HazardFlagSchemaTests
{
    protected override StorageTestDatabase CreateDatabase() => new PostgresTestDatabase();

    [Fact]
    public Task RawStatement_Truncate_RefusedByTheSchema() => AssertRefusedAsync("TRUNCATE hazard_flags CASCADE;", "never deleted");
}
