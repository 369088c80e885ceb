using System.Data.Common;
using EngagementBot.Domain.Sessions;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>
/// Lone-worker sessions in SQLite. A change is one <c>BEGIN IMMEDIATE</c> transaction on the single
/// writer: an UPDATE that is compare-and-set on the version, then the event, only if the UPDATE
/// applied. The version check is in the SQL, so it holds for any writer of the file, not only this process.
/// </summary>
internal sealed class SqliteSessionStore(SqliteDatabase database) : ISessionStore
{
    private const string InsertSql = $"INSERT INTO sessions ({SessionRows.Columns}) VALUES ({SessionRows.Parameters}) ON CONFLICT (id) DO NOTHING;";

    private const string UpdateSql = $"UPDATE sessions SET {SessionRows.ChangeAssignments} WHERE id = @id AND version = @version - 1;";

    private const string InsertEventSql = $"INSERT INTO session_events ({SessionRows.EventColumns}) VALUES ({SessionRows.EventParameters});";

    private const string ByIdSql = $"SELECT {SessionRows.Columns} FROM sessions WHERE id = @id;";

    // The open predicate is written exactly as in the partial indexes, so SQLite can use them.
    private const string OpenForWorkerSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE worker_aad_object_id = @worker AND state <> 'closed'
        ORDER BY due_back_at_ms, id;
        """;

    private const string OpenForTeamSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE team = @team AND state <> 'closed'
        ORDER BY due_back_at_ms, id;
        """;

    private const string OpenStartedBeforeSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE visit_at_ms < @before_ms AND state <> 'closed'
        ORDER BY due_back_at_ms, id;
        """;

    private const string ForCaseSql = $"""
        SELECT {SessionRows.Columns} FROM sessions
        WHERE case_reference = @case_reference
        ORDER BY visit_at_ms, created_at_ms, id;
        """;

    private const string EventsSql = $"SELECT {SessionRows.EventColumns} FROM session_events WHERE session_id = @id ORDER BY at_ms, seq;";

    /// <exception cref="ArgumentException">Not a new session (version 0), or the event is about another session.</exception>
    public Task<bool> AddAsync(VisitSession session, SessionEvent started, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureNew(session, started);
        return database.WriteAsync(
            (session, started),
            static (writer, state) => SqliteChangeWriter.WriteThenRecord(
                writer,
                writer.Command(InsertSql).BindSession(state.session, SqliteIds.Text),
                RecordEvent(writer, state.started)),
            cancellationToken);
    }

    public Task<VisitSession?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            id,
            static (connection, id) => SqliteRowReader.Read(connection, null, ByIdSql, "@id", SqliteIds.Text(id), SessionRows.ReadSession).SingleOrDefault(),
            cancellationToken);

    /// <exception cref="ArgumentException">The change is not past version 0, or the event is about another session.</exception>
    public Task<bool> UpdateAsync(VisitSession changed, SessionEvent? recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureChange(changed, recorded);
        return database.WriteAsync(
            (changed, recorded),
            static (writer, state) => SqliteChangeWriter.WriteThenRecord(
                writer,
                writer.Command(UpdateSql).BindChange(state.changed, SqliteIds.Text),
                RecordEvent(writer, state.recorded)),
            cancellationToken);
    }

    public Task<IReadOnlyList<VisitSession>> OpenForWorkerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return ReadListAsync(OpenForWorkerSql, "@worker", aadObjectId.Trim(), SessionRows.ReadSession, cancellationToken);
    }

    public Task<IReadOnlyList<VisitSession>> OpenForTeamAsync(string team, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        return ReadListAsync(OpenForTeamSql, "@team", team.Trim(), SessionRows.ReadSession, cancellationToken);
    }

    public Task<IReadOnlyList<VisitSession>> OpenStartedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        ReadListAsync(OpenStartedBeforeSql, "@before_ms", SqliteTime.ToUnixMs(before), SessionRows.ReadSession, cancellationToken);

    public Task<IReadOnlyList<VisitSession>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return ReadListAsync(ForCaseSql, "@case_reference", caseReference.Trim(), SessionRows.ReadSession, cancellationToken);
    }

    public Task<IReadOnlyList<SessionEvent>> EventsAsync(Guid sessionId, CancellationToken cancellationToken) =>
        ReadListAsync(EventsSql, "@id", SqliteIds.Text(sessionId), SessionRows.ReadEvent, cancellationToken);

    private Task<IReadOnlyList<T>> ReadListAsync<T>(
        string sql, string parameter, object value, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        database.ReadAsync(
            (sql, parameter, value, read),
            static (connection, query) => (IReadOnlyList<T>)SqliteRowReader.Read(connection, null, query.sql, query.parameter, query.value, query.read),
            cancellationToken);

    /// <summary>The cached event insert, bound to <paramref name="recorded"/>; null for no event.</summary>
    private static DbCommand? RecordEvent(SqliteWriteConnection writer, SessionEvent? recorded) =>
        recorded is null ? null : writer.Command(InsertEventSql).BindEvent(recorded, SqliteIds.Text);
}
