using System.Data.Common;
using EngagementBot.Domain.Cases;

namespace EngagementBot.Storage.Tests.Contract;

/// <summary>
/// The schema itself refuses to delete flags or rewrite their record, whoever writes — for every
/// provider. A provider's subclass supplies a fresh database and may add statements of its own.
/// </summary>
public abstract class HazardFlagSchemaTests
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    private static readonly CaseActor Raiser = new("aad-raiser", "Police");

    protected abstract StorageTestDatabase CreateDatabase();

    public static TheoryData<string, string> RecordChanges => new()
    {
        { "DELETE FROM hazard_flags;", "never deleted" },
        { "DELETE FROM hazard_flag_renewals;", "never deleted" },
        { "UPDATE hazard_flags SET severity = 'low';", "do not change" },
        { "UPDATE hazard_flags SET case_reference = 'CASE-2';", "do not change" },
        { "UPDATE hazard_flag_renewals SET renewed_by = 'someone-else';", "do not change" },
    };

    [Theory]
    [MemberData(nameof(RecordChanges))]
    public Task RawStatement_ChangingTheRecord_RefusedByTheSchema(string sql, string message) => AssertRefusedAsync(sql, message);

    [Fact]
    public async Task RawStatement_ReopeningAWithdrawnFlag_RefusedByTheSchema()
    {
        await using var database = CreateDatabase();
        await using var app = await StartWithRenewedFlagAsync(database);
        var flag = Assert.Single(await app.HazardFlags.AllForCaseAsync("CASE-1", CancellationToken.None));
        await app.HazardFlags.WithdrawAsync(flag.Id, "closed", Raiser, T0.AddDays(2), CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => database.ScalarAsync(
            "UPDATE hazard_flags SET withdrawn_at_ms = NULL, withdrawn_by = NULL, withdrawn_by_agency = NULL, withdrawal_reason = NULL;"));

        Assert.Contains("withdrawn hazard flag does not change", error.Message, StringComparison.Ordinal);
    }

    protected async Task AssertRefusedAsync(string sql, string message)
    {
        await using var database = CreateDatabase();
        await using var app = await StartWithRenewedFlagAsync(database);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => database.ScalarAsync(sql));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT COUNT(*) FROM hazard_flags WHERE severity = 'high' AND case_reference = 'CASE-1';"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT COUNT(*) FROM hazard_flag_renewals WHERE renewed_by = 'aad-raiser';"), System.Globalization.CultureInfo.InvariantCulture));
    }

    protected static async Task<StorageTestHost> StartWithRenewedFlagAsync(StorageTestDatabase database)
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
