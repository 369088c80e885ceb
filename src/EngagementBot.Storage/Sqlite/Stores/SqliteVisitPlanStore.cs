using EngagementBot.Domain.Visits;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>Visit plans in SQLite: one row each, written once (the schema refuses updates and deletes).</summary>
internal sealed class SqliteVisitPlanStore(SqliteDatabase database) : IVisitPlanStore
{
    private const string Columns = """
        id, case_reference, visit_at_ms, venue, return_at_ms, pack_id, answers, risk_level, factors,
        joint_visit_wanted, planned_by, conversation_key, created_at_ms
        """;

    private const string InsertSql = $"""
        INSERT INTO visit_plans ({Columns})
        VALUES ($id, $case_reference, $visit_at_ms, $venue, $return_at_ms, $pack_id, $answers, $risk_level, $factors,
                $joint_visit_wanted, $planned_by, $conversation_key, $created_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string ByIdSql = $"SELECT {Columns} FROM visit_plans WHERE id = $id;";

    private const string ForCaseSql = $"SELECT {Columns} FROM visit_plans WHERE case_reference = $case_reference ORDER BY created_at_ms, id;";

    public Task<bool> AddAsync(VisitPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureValid();
        return database.WriteAsync(
            plan,
            static (writer, plan) => writer.Command(InsertSql)
                .With("$id", IdText(plan.Id))
                .With("$case_reference", plan.CaseReference)
                .With("$visit_at_ms", SqliteTime.ToUnixMs(plan.VisitAt))
                .With("$venue", VisitVocabulary.Venues.Code(plan.Venue))
                .With("$return_at_ms", SqliteTime.ToUnixMs(plan.ReturnBy))
                .With("$pack_id", plan.PackId)
                .With("$answers", VisitPlanColumns.AnswersToText(plan.Answers))
                .With("$risk_level", VisitVocabulary.RiskLevels.Code(plan.RiskLevel))
                .With("$factors", VisitPlanColumns.FactorsToText(plan.Factors))
                .With("$joint_visit_wanted", plan.JointVisitWanted is { } wanted ? (wanted ? 1 : 0) : null)
                .With("$planned_by", plan.PlannedBy)
                .With("$conversation_key", plan.ConversationKey)
                .With("$created_at_ms", SqliteTime.ToUnixMs(plan.CreatedAt))
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    public Task<VisitPlan?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            id,
            static (connection, id) => Read(connection, ByIdSql, command => command.With("$id", IdText(id))).SingleOrDefault(),
            cancellationToken);

    public Task<IReadOnlyList<VisitPlan>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            caseReference,
            static (connection, caseReference) => (IReadOnlyList<VisitPlan>)Read(connection, ForCaseSql, command => command.With("$case_reference", caseReference)),
            cancellationToken);
    }

    private static string IdText(Guid id) => id.ToString("D");

    private static List<VisitPlan> Read(SqliteConnection connection, string sql, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var plans = new List<VisitPlan>();
        while (reader.Read())
        {
            plans.Add(new VisitPlan(
                Id: Guid.Parse(reader.GetString(0)),
                CaseReference: reader.GetString(1),
                VisitAt: SqliteTime.FromUnixMs(reader.GetInt64(2)),
                Venue: VisitVocabulary.Venues.ReadCode(reader.GetString(3)),
                ReturnBy: SqliteTime.FromUnixMs(reader.GetInt64(4)),
                PackId: reader.GetString(5),
                Answers: VisitPlanColumns.ParseAnswers(reader.GetString(6)),
                RiskLevel: VisitVocabulary.RiskLevels.ReadCode(reader.GetString(7)),
                Factors: VisitPlanColumns.ParseFactors(reader.GetString(8)),
                JointVisitWanted: reader.IsDBNull(9) ? null : reader.GetInt64(9) == 1,
                PlannedBy: reader.GetString(10),
                ConversationKey: reader.GetString(11),
                CreatedAt: SqliteTime.FromUnixMs(reader.GetInt64(12))));
        }

        return plans;
    }
}
