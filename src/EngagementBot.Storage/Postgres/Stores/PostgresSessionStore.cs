using System.Data.Common;
using EngagementBot.Domain.Sessions;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>
/// Lone-worker sessions in PostgreSQL. A change is one transaction: an UPDATE that is compare-and-set
/// on the version, then the event, only if the UPDATE applied. Of two racing UPDATEs from the same
/// version the second waits for the first's row lock, then finds the version moved on and changes
/// nothing, so exactly one applies across connections and instances.
/// </summary>
internal sealed class PostgresSessionStore(PostgresDatabase database) : ISessionStore
{
    private const string InsertSql = $"INSERT INTO sessions ({SessionRows.Columns}) VALUES ({SessionRows.Parameters}) ON CONFLICT (id) DO NOTHING;";

    private const string UpdateSql = $"UPDATE sessions SET {SessionRows.ChangeAssignments} WHERE id = @id AND version = @version - 1;";

    private const string InsertEventSql = $"INSERT INTO session_events ({SessionRows.EventColumns}) VALUES ({SessionRows.EventParameters});";

    private const string ByIdSql = $"SELECT {SessionRows.Columns} FROM sessions WHERE id = @id;";

    // The open predicate and lower(...) are written exactly as in the partial indexes, so they apply.
    private const string OpenForWorkerSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE lower(worker_aad_object_id) = lower(@worker) AND state <> 'closed'
        ORDER BY due_back_at_ms, id;
        """;

    private const string OpenForTeamSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE lower(team) = lower(@team) AND state <> 'closed'
        ORDER BY due_back_at_ms, id;
        """;

    private const string OpenStartedBeforeSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE visit_at_ms < @before_ms AND state <> 'closed'
        ORDER BY due_back_at_ms, id;
        """;

    private const string ForCaseSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE lower(case_reference) = lower(@case_reference)
        ORDER BY visit_at_ms, created_at_ms, id;
        """;

    private const string EventsSql = $"SELECT {SessionRows.EventColumns} FROM session_events WHERE session_id = @id ORDER BY at_ms, seq;";

    /// <exception cref="ArgumentException">Not a new session (version 0), or the event is about another session.</exception>
    public Task<bool> AddAsync(VisitSession session, SessionEvent started, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureNew(session, started);
        return PostgresChangeWriter.WriteThenRecordAsync(
            database, InsertSql, command => command.BindSession(session, PostgresIds.Uuid), InsertEventSql, BindEvent(started), cancellationToken);
    }

    public async Task<VisitSession?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(ByIdSql, "@id", id, SessionRows.ReadSession, cancellationToken)).SingleOrDefault();

    /// <exception cref="ArgumentException">The change is not past version 0, or the event is about another session.</exception>
    public Task<bool> UpdateAsync(VisitSession changed, SessionEvent? recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureChange(changed, recorded);
        return PostgresChangeWriter.WriteThenRecordAsync(
            database, UpdateSql, command => command.BindChange(changed, PostgresIds.Uuid), InsertEventSql, BindEvent(recorded), cancellationToken);
    }

    public async Task<IReadOnlyList<VisitSession>> OpenForWorkerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return await ReadAsync(OpenForWorkerSql, "@worker", aadObjectId.Trim(), SessionRows.ReadSession, cancellationToken);
    }

    public async Task<IReadOnlyList<VisitSession>> OpenForTeamAsync(string team, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        return await ReadAsync(OpenForTeamSql, "@team", team.Trim(), SessionRows.ReadSession, cancellationToken);
    }

    public async Task<IReadOnlyList<VisitSession>> OpenStartedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        await ReadAsync(OpenStartedBeforeSql, "@before_ms", PostgresTime.ToUnixMs(before), SessionRows.ReadSession, cancellationToken);

    public async Task<IReadOnlyList<VisitSession>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return await ReadAsync(ForCaseSql, "@case_reference", caseReference.Trim(), SessionRows.ReadSession, cancellationToken);
    }

    public async Task<IReadOnlyList<SessionEvent>> EventsAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await ReadAsync(EventsSql, "@id", sessionId, SessionRows.ReadEvent, cancellationToken);

    private async Task<List<T>> ReadAsync<T>(string sql, string parameter, object value, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresRowReader.ReadAsync(connection, null, sql, parameter, value, read, cancellationToken);
    }

    private static Action<DbCommand>? BindEvent(SessionEvent? recorded) =>
        recorded is null ? null : command => command.BindEvent(recorded, PostgresIds.Uuid);
}
