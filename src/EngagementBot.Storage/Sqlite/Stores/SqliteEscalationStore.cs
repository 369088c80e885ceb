using System.Data.Common;
using EngagementBot.Domain.Escalations;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>Escalation records in SQLite: written once, decided once (a conditional update), card copies appended.</summary>
internal sealed class SqliteEscalationStore(SqliteDatabase database) : IEscalationStore
{
    private static readonly string InsertSql = $"""
        INSERT INTO escalations (id, {string.Join(", ", EscalationRows.ValueColumns)})
        VALUES ($id, {string.Join(", ", EscalationRows.ValueColumns.Select(c => "$" + c))})
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string DecideSql = """
        UPDATE escalations
        SET verdict = $verdict, decided_by = $decided_by, decided_by_name = $decided_by_name, decision_note = $decision_note, decided_at_ms = $decided_at_ms
        WHERE id = $id AND verdict IS NULL;
        """;

    private const string AddCardSql = $"""
        INSERT INTO escalation_cards ({EscalationRows.CardColumns})
        SELECT $id, $recipient, $can_decide, $channel_id, $conversation_id, $activity_id, $posted_at_ms
        WHERE EXISTS (SELECT 1 FROM escalations WHERE id = $id)
        ON CONFLICT DO NOTHING;
        """;

    private const string ExistsSql = "SELECT COUNT(*) FROM escalations WHERE id = $id;";

    private const string ByIdSql = $"SELECT {EscalationRows.RecordColumns} FROM escalations WHERE id = $value;";

    private const string CardsByIdSql = $"SELECT {EscalationRows.CardColumns} FROM escalation_cards WHERE escalation_id = $value;";

    private const string ForCaseSql = $"SELECT {EscalationRows.RecordColumns} FROM escalations WHERE case_reference = $value ORDER BY raised_at_ms, id;";

    private const string CardsForCaseSql = $"""
        SELECT {EscalationRows.CardColumns} FROM escalation_cards
        WHERE escalation_id IN (SELECT id FROM escalations WHERE case_reference = $value);
        """;

    public Task<bool> AddAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.EnsureValid();
        return database.WriteAsync(
            record,
            static (writer, record) =>
            {
                var command = writer.Command(InsertSql).With("$id", IdText(record.Id));
                var values = EscalationRows.Values(record);
                for (var i = 0; i < values.Length; i++)
                {
                    command.With("$" + EscalationRows.ValueColumns[i], values[i]);
                }

                return command.ExecuteNonQuery() == 1;
            },
            cancellationToken);
    }

    public Task<EscalationRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(id, static (connection, id) => ReadOne(connection, id), cancellationToken);

    public Task<IReadOnlyList<EscalationRecord>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            caseReference,
            static (connection, caseReference) => (IReadOnlyList<EscalationRecord>)EscalationRows.WithCards(
                Read(connection, ForCaseSql, caseReference, EscalationRows.ReadRecord),
                Read(connection, CardsForCaseSql, caseReference, r => (r.GetGuid(0), EscalationRows.ReadCard(r)))),
            cancellationToken);
    }

    public Task<EscalationDecisionResult?> DecideAsync(Guid id, EscalationDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return database.WriteAsync(
            (id, decision),
            static (writer, state) =>
            {
                var d = state.decision;
                var won = writer.Command(DecideSql)
                    .With("$id", IdText(state.id))
                    .With("$verdict", EscalationRows.VerdictName(d.Verdict))
                    .With("$decided_by", d.DecidedBy)
                    .With("$decided_by_name", d.DecidedByName)
                    .With("$decision_note", d.Note)
                    .With("$decided_at_ms", SqliteTime.ToUnixMs(d.DecidedAt))
                    .ExecuteNonQuery() == 1;
                return ReadOne(writer.Connection, state.id) is { } record ? new EscalationDecisionResult(won, record) : null;
            },
            cancellationToken);
    }

    public Task<bool> AddPostedCardAsync(Guid id, EscalationCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        return database.WriteAsync(
            (id, card),
            static (writer, state) =>
            {
                var c = state.card;
                var added = writer.Command(AddCardSql)
                    .With("$id", IdText(state.id))
                    .With("$recipient", c.RecipientAadObjectId)
                    .With("$can_decide", c.CanDecide)
                    .With("$channel_id", c.Conversation.ChannelId)
                    .With("$conversation_id", c.Conversation.ConversationId)
                    .With("$activity_id", c.ActivityId)
                    .With("$posted_at_ms", SqliteTime.ToUnixMs(c.PostedAt))
                    .ExecuteNonQuery() == 1;
                return added || (long)writer.Command(ExistsSql).With("$id", IdText(state.id)).ExecuteScalar()! > 0
                    ? added
                    : throw new KeyNotFoundException("No escalation has that id.");
            },
            cancellationToken);
    }

    private static EscalationRecord? ReadOne(SqliteConnection connection, Guid id)
    {
        var records = EscalationRows.WithCards(
            Read(connection, ByIdSql, IdText(id), EscalationRows.ReadRecord),
            Read(connection, CardsByIdSql, IdText(id), r => (r.GetGuid(0), EscalationRows.ReadCard(r))));
        return records.SingleOrDefault();
    }

    private static string IdText(Guid id) => id.ToString("D");

    private static List<T> Read<T>(SqliteConnection connection, string sql, string value, Func<DbDataReader, T> map)
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
