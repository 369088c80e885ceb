using System.Data.Common;
using EngagementBot.Domain.Engagement;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>
/// The engagement log in SQLite: append-only (the schema refuses updates and deletes). Writes go through the
/// single writer, so recording a prompt's check and insert cannot interleave with another's.
/// </summary>
internal sealed class SqliteEngagementLog(SqliteDatabase database) : IEngagementLog
{
    private static readonly string InsertSql = $"""
        INSERT INTO engagement_events ({EngagementRows.EventColumns})
        VALUES ($id, {string.Join(", ", EngagementRows.EventValueColumns.Select(c => "$" + c))})
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string PromptSql = $"""
        INSERT INTO engagement_prompts ({EngagementRows.PromptColumns})
        SELECT $id, $case_reference, $rule_id, $event_id, $fired_at_ms
        WHERE NOT EXISTS (
            SELECT 1 FROM engagement_prompts
            WHERE case_reference = $case_reference AND rule_id = $rule_id AND fired_at_ms > $quiet_since_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string ByIdSql = $"SELECT {EngagementRows.EventColumns} FROM engagement_events WHERE id = $value;";

    private const string ForCaseSql = $"""
        SELECT {EngagementRows.EventColumns} FROM engagement_events
        WHERE case_reference = $value ORDER BY occurred_on, recorded_at_ms, id;
        """;

    private const string PromptsSql = $"""
        SELECT {EngagementRows.PromptColumns} FROM engagement_prompts
        WHERE case_reference = $value ORDER BY fired_at_ms, id;
        """;

    public Task<bool> AppendAsync(EngagementEvent engagementEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagementEvent);
        engagementEvent.EnsureValid();
        return database.WriteAsync(
            engagementEvent,
            static (writer, e) =>
            {
                var command = writer.Command(InsertSql).With("$id", IdText(e.Id));
                var values = EngagementRows.EventValues(e);
                for (var i = 0; i < values.Length; i++)
                {
                    command.With("$" + EngagementRows.EventValueColumns[i], values[i]);
                }

                return command.ExecuteNonQuery() == 1;
            },
            cancellationToken);
    }

    public Task<EngagementEvent?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            id,
            static (connection, id) => Read(connection, ByIdSql, IdText(id), EngagementRows.ReadEvent).SingleOrDefault(),
            cancellationToken);

    public Task<IReadOnlyList<EngagementEvent>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            caseReference,
            static (connection, caseReference) => (IReadOnlyList<EngagementEvent>)Read(connection, ForCaseSql, caseReference, EngagementRows.ReadEvent),
            cancellationToken);
    }

    public Task<bool> TryRecordPromptAsync(EngagementPrompt prompt, DateTimeOffset quietSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.EnsureValid();
        return database.WriteAsync(
            (prompt, quietSince),
            static (writer, state) => writer.Command(PromptSql)
                .With("$id", IdText(state.prompt.Id))
                .With("$case_reference", state.prompt.CaseReference)
                .With("$rule_id", state.prompt.RuleId)
                .With("$event_id", IdText(state.prompt.EventId))
                .With("$fired_at_ms", SqliteTime.ToUnixMs(state.prompt.FiredAt))
                .With("$quiet_since_ms", SqliteTime.ToUnixMs(state.quietSince))
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    public Task<IReadOnlyList<EngagementPrompt>> PromptsForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            caseReference,
            static (connection, caseReference) => (IReadOnlyList<EngagementPrompt>)Read(connection, PromptsSql, caseReference, EngagementRows.ReadPrompt),
            cancellationToken);
    }

    private static string IdText(Guid id) => id.ToString("D");

    private static List<T> Read<T>(SqliteConnection connection, string sql, object value, Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.With("$value", value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
