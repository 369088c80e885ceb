using System.Data.Common;
using EngagementBot.Domain.Incidents;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>Incidents in PostgreSQL: written once (the schema refuses updates and deletes); additions appended.</summary>
internal sealed class PostgresIncidentStore(PostgresDatabase database) : IIncidentStore
{
    private static readonly string InsertSql = $"""
        INSERT INTO incidents ({IncidentRows.IncidentColumns})
        VALUES (@id, {string.Join(", ", IncidentRows.ValueColumns.Select(c => "@" + c))})
        ON CONFLICT (id) DO NOTHING;
        """;

    // Locks the incident row (FOR KEY SHARE) so the existence check and the insert agree.
    private const string AppendSql = $"""
        WITH parent AS (SELECT id FROM incidents WHERE id = @incident_id FOR KEY SHARE),
        added AS (
            INSERT INTO incident_additions ({IncidentRows.AdditionColumns})
            SELECT @id, parent.id, @text, @added_by, @conversation_key, @added_at_ms FROM parent
            ON CONFLICT (id) DO NOTHING
            RETURNING 1)
        SELECT (SELECT COUNT(*) FROM parent), (SELECT COUNT(*) FROM added);
        """;

    private const string ByIdSql = $"SELECT {IncidentRows.IncidentColumns} FROM incidents WHERE id = @value;";

    private const string ForCaseSql = $"""
        SELECT {IncidentRows.IncidentColumns} FROM incidents
        WHERE lower(case_reference) = lower(@value)
        ORDER BY submitted_at_ms, id;
        """;

    private const string AdditionsSql = $"SELECT {IncidentRows.AdditionColumns} FROM incident_additions WHERE incident_id = @value ORDER BY added_at_ms, id;";

    public async Task<bool> AddAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        incident.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection).With("@id", incident.Id);
        var values = IncidentRows.Values(incident);
        for (var i = 0; i < values.Length; i++)
        {
            command.With("@" + IncidentRows.ValueColumns[i], values[i]);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> AppendAsync(IncidentAddition addition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addition);
        addition.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AppendSql, connection)
            .With("@id", addition.Id)
            .With("@incident_id", addition.IncidentId)
            .With("@text", addition.Text)
            .With("@added_by", addition.AddedBy)
            .With("@conversation_key", addition.ConversationKey)
            .With("@added_at_ms", PostgresTime.ToUnixMs(addition.AddedAt));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) == 0 ? throw new KeyNotFoundException("No incident has that id.") : reader.GetInt64(1) == 1;
    }

    public async Task<Incident?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(ByIdSql, id, IncidentRows.ReadIncident, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<IncidentAddition>> AdditionsAsync(Guid incidentId, CancellationToken cancellationToken) =>
        await ReadAsync(AdditionsSql, incidentId, IncidentRows.ReadAddition, cancellationToken);

    public async Task<IReadOnlyList<Incident>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return await ReadAsync(ForCaseSql, caseReference, IncidentRows.ReadIncident, cancellationToken);
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
