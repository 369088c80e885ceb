using EngagementBot.Domain.Cases;
using EngagementBot.Storage.Tests.Contract;
using Npgsql;

namespace EngagementBot.Storage.Tests.Postgres.Stores;

/// <summary>The PostgreSQL schema itself refuses to delete flags or rewrite their record, whoever writes.</summary>
public sealed class PostgresHazardFlagStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    private static readonly CaseActor Raiser = new("aad-raiser", "Police");

    [Theory]
    [InlineData("DELETE FROM hazard_flags;", "never deleted")]
    [InlineData("TRUNCATE hazard_flags CASCADE;", "never deleted")]
    [InlineData("DELETE FROM hazard_flag_renewals;", "never deleted")]
    [InlineData("UPDATE hazard_flags SET severity = 'low';", "do not change")]
    [InlineData("UPDATE hazard_flags SET case_reference = 'CASE-2';", "do not change")]
    [InlineData("UPDATE hazard_flag_renewals SET renewed_by = 'someone-else';", "do not change")]
    public async Task RawStatement_ChangingTheRecord_RefusedByTheSchema(string sql, string message)
    {
        await using var database = new PostgresTestDatabase();
        await using var app = await StartWithRenewedFlagAsync(database);

        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ScalarAsync(sql));

        Assert.Contains(message, error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM hazard_flags WHERE severity = 'high' AND case_reference = 'CASE-1';"));
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM hazard_flag_renewals WHERE renewed_by = 'aad-raiser';"));
    }

    [Fact]
    public async Task RawStatement_ReopeningAWithdrawnFlag_RefusedByTheSchema()
    {
        await using var database = new PostgresTestDatabase();
        await using var app = await StartWithRenewedFlagAsync(database);
        var flag = Assert.Single(await app.HazardFlags.AllForCaseAsync("case-1", CancellationToken.None));
        await app.HazardFlags.WithdrawAsync(flag.Id, "closed", Raiser, T0.AddDays(2), CancellationToken.None);

        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ScalarAsync(
            "UPDATE hazard_flags SET withdrawn_at_ms = NULL, withdrawn_by = NULL, withdrawn_by_agency = NULL, withdrawal_reason = NULL;"));

        Assert.Contains("withdrawn hazard flag does not change", error.MessageText, StringComparison.Ordinal);
    }

    private static async Task<StorageTestHost> StartWithRenewedFlagAsync(PostgresTestDatabase database)
    {
        var app = StorageTestHost.Create(database.Settings);
        await app.StartAsync();
        var flag = HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.Weapons, HazardSeverity.High,
            [HazardAdvice.NeutralVenueOnly, HazardAdvice.JointVisitsOnly], T0.AddDays(30), Raiser, T0);
        await app.HazardFlags.AddAsync(flag, CancellationToken.None);
        await app.HazardFlags.RenewAsync(flag.Id, T0.AddDays(60), Raiser, T0.AddDays(1), CancellationToken.None);
        return app;
    }
}
