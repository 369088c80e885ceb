using EngagementBot.Domain.Visits;
using EngagementBot.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Tests.Sqlite.Stores;

/// <summary>The SQLite schema keeps visit plans as a record: no update, no delete, whoever writes.</summary>
public sealed class SqliteVisitPlanStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    private static readonly VisitPlan Plan = new(
        Guid.NewGuid(), "CASE-1", T0.AddDays(1), VisitVenue.Home, T0.AddDays(1).AddHours(1), "cwm-taf-children",
        [new("late-in-day", "yes")], VisitRiskLevel.DoNotVisitAlone,
        [new("risk-hostile-after-dark", "History of hostility and a visit after dark", VisitRiskLevel.DoNotVisitAlone, "Cwm Taf protocol §6.1")],
        JointVisitWanted: null, "aad-planner", "msteams|c-1", T0);

    [Theory]
    [InlineData("DELETE FROM visit_plans;", "never deleted")]
    [InlineData("UPDATE visit_plans SET risk_level = 'low';", "does not change")]
    public async Task RawStatement_ChangingThePlan_RefusedByTheSchema(string sql, string message)
    {
        await using var database = new SqliteTestDatabase();
        await using var app = await StartWithPlanAsync(database);

        var error = await Assert.ThrowsAsync<SqliteException>(() => database.ScalarAsync(sql));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM visit_plans WHERE risk_level = 'do-not-visit-alone';"));
    }

    [Fact]
    public async Task AddAsync_CodesAndLists_StoredAsVocabularyCodesAndJson()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = await StartWithPlanAsync(database);

        Assert.Equal("home", await database.ScalarAsync("SELECT venue FROM visit_plans;"));
        Assert.Equal("""[{"question":"late-in-day","answer":"yes"}]""", await database.ScalarAsync("SELECT answers FROM visit_plans;"));
        Assert.Contains("\"level\":\"do-not-visit-alone\"", (string)(await database.ScalarAsync("SELECT factors FROM visit_plans;"))!, StringComparison.Ordinal);
        Assert.Equal(DBNull.Value, await database.ScalarAsync("SELECT joint_visit_wanted FROM visit_plans;"));
    }

    private static async Task<StorageTestHost> StartWithPlanAsync(SqliteTestDatabase database)
    {
        var app = StorageTestHost.Create(database.Settings);
        await app.StartAsync();
        Assert.True(await app.Get<IVisitPlanStore>().AddAsync(Plan, CancellationToken.None));
        return app;
    }
}
