using EngagementBot.Domain.Visits;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>Visit plans in PostgreSQL: one row each, written once (the schema refuses updates and deletes).</summary>
internal sealed class PostgresVisitPlanStore(PostgresDatabase database) : IVisitPlanStore
{
    private const string Columns = """
        id, case_reference, visit_at_ms, venue, return_at_ms, pack_id, answers, risk_level, factors,
        joint_visit_wanted, planned_by, conversation_key, created_at_ms
        """;

    private const string InsertSql = $"""
        INSERT INTO visit_plans ({Columns})
        VALUES (@id, @case_reference, @visit_at_ms, @venue, @return_at_ms, @pack_id, @answers, @risk_level, @factors,
                @joint_visit_wanted, @planned_by, @conversation_key, @created_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string ByIdSql = $"SELECT {Columns} FROM visit_plans WHERE id = @id;";

    private const string ForCaseSql = $"""
        SELECT {Columns} FROM visit_plans
        WHERE lower(case_reference) = lower(@case_reference)
        ORDER BY created_at_ms, id;
        """;

    public async Task<bool> AddAsync(VisitPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection)
            .With("@id", plan.Id)
            .With("@case_reference", plan.CaseReference)
            .With("@visit_at_ms", PostgresTime.ToUnixMs(plan.VisitAt))
            .With("@venue", VisitVocabulary.Venues.Code(plan.Venue))
            .With("@return_at_ms", PostgresTime.ToUnixMs(plan.ReturnBy))
            .With("@pack_id", plan.PackId)
            .With("@answers", VisitPlanColumns.AnswersToText(plan.Answers))
            .With("@risk_level", VisitVocabulary.RiskLevels.Code(plan.RiskLevel))
            .With("@factors", VisitPlanColumns.FactorsToText(plan.Factors))
            .With("@joint_visit_wanted", plan.JointVisitWanted)
            .With("@planned_by", plan.PlannedBy)
            .With("@conversation_key", plan.ConversationKey)
            .With("@created_at_ms", PostgresTime.ToUnixMs(plan.CreatedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<VisitPlan?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(ByIdSql, "@id", id, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<VisitPlan>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return await ReadAsync(ForCaseSql, "@case_reference", caseReference, cancellationToken);
    }

    private async Task<List<VisitPlan>> ReadAsync(string sql, string parameter, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection).With(parameter, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var plans = new List<VisitPlan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            plans.Add(new VisitPlan(
                Id: reader.GetGuid(0),
                CaseReference: reader.GetString(1),
                VisitAt: PostgresTime.FromUnixMs(reader.GetInt64(2)),
                Venue: VisitVocabulary.Venues.ReadCode(reader.GetString(3)),
                ReturnBy: PostgresTime.FromUnixMs(reader.GetInt64(4)),
                PackId: reader.GetString(5),
                Answers: VisitPlanColumns.ParseAnswers(reader.GetString(6)),
                RiskLevel: VisitVocabulary.RiskLevels.ReadCode(reader.GetString(7)),
                Factors: VisitPlanColumns.ParseFactors(reader.GetString(8)),
                JointVisitWanted: reader.IsDBNull(9) ? null : reader.GetBoolean(9),
                PlannedBy: reader.GetString(10),
                ConversationKey: reader.GetString(11),
                CreatedAt: PostgresTime.FromUnixMs(reader.GetInt64(12))));
        }

        return plans;
    }
}
