using System.Data.Common;
using EngagementBot.Domain.Engagement;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>
/// The engagement log in PostgreSQL: append-only (the schema refuses updates, deletes and truncation).
/// Recording a prompt takes a transaction-scoped advisory lock on (case, rule) before its check and insert,
/// so two instances logging on the same case at once record one prompt.
/// </summary>
internal sealed class PostgresEngagementLog(PostgresDatabase database) : IEngagementLog
{
    private static readonly string InsertSql = $"""
        INSERT INTO engagement_events ({EngagementRows.EventColumns})
        VALUES (@id, {string.Join(", ", EngagementRows.EventValueColumns.Select(c => "@" + c))})
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string LockSql = "SELECT pg_advisory_xact_lock(hashtext('engagement-prompt|' || lower(@case_reference) || '|' || @rule_id));";

    private const string PromptSql = $"""
        INSERT INTO engagement_prompts ({EngagementRows.PromptColumns})
        SELECT @id, @case_reference, @rule_id, @event_id, @fired_at_ms
        WHERE NOT EXISTS (
            SELECT 1 FROM engagement_prompts
            WHERE lower(case_reference) = lower(@case_reference) AND rule_id = @rule_id AND fired_at_ms > @quiet_since_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string ByIdSql = $"SELECT {EngagementRows.EventColumns} FROM engagement_events WHERE id = @value;";

    private const string ForCaseSql = $"""
        SELECT {EngagementRows.EventColumns} FROM engagement_events
        WHERE lower(case_reference) = lower(@value) ORDER BY occurred_on, recorded_at_ms, id;
        """;

    private const string PromptsSql = $"""
        SELECT {EngagementRows.PromptColumns} FROM engagement_prompts
        WHERE lower(case_reference) = lower(@value) ORDER BY fired_at_ms, id;
        """;

    public async Task<bool> AppendAsync(EngagementEvent engagementEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagementEvent);
        engagementEvent.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection).With("@id", engagementEvent.Id);
        var values = EngagementRows.EventValues(engagementEvent);
        for (var i = 0; i < values.Length; i++)
        {
            command.With("@" + EngagementRows.EventValueColumns[i], values[i]);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<EngagementEvent?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(ByIdSql, id, EngagementRows.ReadEvent, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<EngagementEvent>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return await ReadAsync(ForCaseSql, caseReference, EngagementRows.ReadEvent, cancellationToken);
    }

    public async Task<bool> TryRecordPromptAsync(EngagementPrompt prompt, DateTimeOffset quietSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand(LockSql, connection, transaction)
            .With("@case_reference", prompt.CaseReference)
            .With("@rule_id", prompt.RuleId))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(PromptSql, connection, transaction)
            .With("@id", prompt.Id)
            .With("@case_reference", prompt.CaseReference)
            .With("@rule_id", prompt.RuleId)
            .With("@event_id", prompt.EventId)
            .With("@fired_at_ms", PostgresTime.ToUnixMs(prompt.FiredAt))
            .With("@quiet_since_ms", PostgresTime.ToUnixMs(quietSince));
        var recorded = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return recorded;
    }

    public async Task<IReadOnlyList<EngagementPrompt>> PromptsForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return await ReadAsync(PromptsSql, caseReference, EngagementRows.ReadPrompt, cancellationToken);
    }

    private async Task<List<T>> ReadAsync<T>(string sql, object value, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection).With("@value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
