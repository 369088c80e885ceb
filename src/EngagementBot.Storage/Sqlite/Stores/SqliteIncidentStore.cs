using System.Data.Common;
using EngagementBot.Domain.Incidents;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>Incidents in SQLite: written once (the schema refuses updates and deletes); additions appended.</summary>
internal sealed class SqliteIncidentStore(SqliteDatabase database) : IIncidentStore
{
    private static readonly string InsertSql = $"""
        INSERT INTO incidents ({IncidentRows.IncidentColumns})
        VALUES ($id, {string.Join(", ", IncidentRows.ValueColumns.Select(c => "$" + c))})
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string AppendSql = $"""
        INSERT INTO incident_additions ({IncidentRows.AdditionColumns})
        SELECT $id, $incident_id, $text, $added_by, $conversation_key, $added_at_ms
        WHERE EXISTS (SELECT 1 FROM incidents WHERE id = $incident_id)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string AdditionExistsSql = "SELECT COUNT(*) FROM incident_additions WHERE id = $id;";

    private const string IncidentExistsSql = "SELECT COUNT(*) FROM incidents WHERE id = $incident_id;";

    private const string ByIdSql = $"SELECT {IncidentRows.IncidentColumns} FROM incidents WHERE id = $id;";

    private const string ForCaseSql = $"SELECT {IncidentRows.IncidentColumns} FROM incidents WHERE case_reference = $case_reference ORDER BY submitted_at_ms, id;";

    private const string AdditionsSql = $"SELECT {IncidentRows.AdditionColumns} FROM incident_additions WHERE incident_id = $incident_id ORDER BY added_at_ms, id;";

    public Task<bool> AddAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        incident.EnsureValid();
        return database.WriteAsync(
            incident,
            static (writer, incident) =>
            {
                var command = writer.Command(InsertSql).With("$id", IdText(incident.Id));
                var values = IncidentRows.Values(incident);
                for (var i = 0; i < values.Length; i++)
                {
                    command.With("$" + IncidentRows.ValueColumns[i], values[i]);
                }

                return command.ExecuteNonQuery() == 1;
            },
            cancellationToken);
    }

    public Task<bool> AppendAsync(IncidentAddition addition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addition);
        addition.EnsureValid();
        return database.WriteAsync(
            addition,
            static (writer, addition) =>
            {
                var added = writer.Command(AppendSql)
                    .With("$id", IdText(addition.Id))
                    .With("$incident_id", IdText(addition.IncidentId))
                    .With("$text", addition.Text)
                    .With("$added_by", addition.AddedBy)
                    .With("$conversation_key", addition.ConversationKey)
                    .With("$added_at_ms", SqliteTime.ToUnixMs(addition.AddedAt))
                    .ExecuteNonQuery() == 1;
                if (added || Count(writer.Command(AdditionExistsSql).With("$id", IdText(addition.Id))) > 0)
                {
                    return added;
                }

                return Count(writer.Command(IncidentExistsSql).With("$incident_id", IdText(addition.IncidentId))) > 0
                    ? added
                    : throw new KeyNotFoundException("No incident has that id.");
            },
            cancellationToken);
    }

    public Task<Incident?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            id,
            static (connection, id) => Read(connection, ByIdSql, "$id", IdText(id), IncidentRows.ReadIncident).SingleOrDefault(),
            cancellationToken);

    public Task<IReadOnlyList<IncidentAddition>> AdditionsAsync(Guid incidentId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            incidentId,
            static (connection, id) => (IReadOnlyList<IncidentAddition>)Read(connection, AdditionsSql, "$incident_id", IdText(id), IncidentRows.ReadAddition),
            cancellationToken);

    public Task<IReadOnlyList<Incident>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            caseReference,
            static (connection, caseReference) => (IReadOnlyList<Incident>)Read(connection, ForCaseSql, "$case_reference", caseReference, IncidentRows.ReadIncident),
            cancellationToken);
    }

    private static string IdText(Guid id) => id.ToString("D");

    private static long Count(SqliteCommand command) => (long)command.ExecuteScalar()!;

    private static List<T> Read<T>(SqliteConnection connection, string sql, string parameter, object value, Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.With(parameter, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
