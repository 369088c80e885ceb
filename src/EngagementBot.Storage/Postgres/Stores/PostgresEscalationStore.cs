using System.Data.Common;
using EngagementBot.Domain.Escalations;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>Escalation records in PostgreSQL: written once, decided once (a conditional update), card copies appended.</summary>
internal sealed class PostgresEscalationStore(PostgresDatabase database) : IEscalationStore
{
    private static readonly string InsertSql = $"""
        INSERT INTO escalations (id, {string.Join(", ", EscalationRows.ValueColumns)})
        VALUES (@id, {string.Join(", ", EscalationRows.ValueColumns.Select(c => "@" + c))})
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string DecideSql = """
        UPDATE escalations
        SET verdict = @verdict, decided_by = @decided_by, decided_by_name = @decided_by_name, decision_note = @decision_note, decided_at_ms = @decided_at_ms
        WHERE id = @id AND verdict IS NULL;
        """;

    // Locks the record (FOR KEY SHARE) so the existence check and the insert agree.
    private const string AddCardSql = $"""
        WITH parent AS (SELECT id FROM escalations WHERE id = @id FOR KEY SHARE),
        added AS (
            INSERT INTO escalation_cards ({EscalationRows.CardColumns})
            SELECT parent.id, @recipient, @can_decide, @channel_id, @conversation_id, @activity_id, @posted_at_ms FROM parent
            ON CONFLICT DO NOTHING
            RETURNING 1)
        SELECT (SELECT COUNT(*) FROM parent), (SELECT COUNT(*) FROM added);
        """;

    private const string ByIdSql = $"SELECT {EscalationRows.RecordColumns} FROM escalations WHERE id = @value;";

    private const string CardsByIdSql = $"SELECT {EscalationRows.CardColumns} FROM escalation_cards WHERE escalation_id = @value;";

    private const string ForCaseSql = $"""
        SELECT {EscalationRows.RecordColumns} FROM escalations
        WHERE lower(case_reference) = lower(@value)
        ORDER BY raised_at_ms, id;
        """;

    private const string CardsForCaseSql = $"""
        SELECT {EscalationRows.CardColumns} FROM escalation_cards
        WHERE escalation_id IN (SELECT id FROM escalations WHERE lower(case_reference) = lower(@value));
        """;

    public async Task<bool> AddAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection).With("@id", record.Id);
        var values = EscalationRows.Values(record);
        for (var i = 0; i < values.Length; i++)
        {
            command.With("@" + EscalationRows.ValueColumns[i], values[i]);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<EscalationRecord?> FindAsync(Guid id, CancellationToken cancellationToken) => ReadOneAsync(id, cancellationToken);

    public async Task<IReadOnlyList<EscalationRecord>> ForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return EscalationRows.WithCards(
            await ReadAsync(ForCaseSql, caseReference, EscalationRows.ReadRecord, cancellationToken),
            await ReadAsync(CardsForCaseSql, caseReference, r => (r.GetGuid(0), EscalationRows.ReadCard(r)), cancellationToken));
    }

    public async Task<EscalationDecisionResult?> DecideAsync(Guid id, EscalationDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        bool won;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var command = new NpgsqlCommand(DecideSql, connection)
                .With("@id", id)
                .With("@verdict", EscalationRows.VerdictName(decision.Verdict))
                .With("@decided_by", decision.DecidedBy)
                .With("@decided_by_name", decision.DecidedByName)
                .With("@decision_note", decision.Note)
                .With("@decided_at_ms", PostgresTime.ToUnixMs(decision.DecidedAt));
            won = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        return await ReadOneAsync(id, cancellationToken) is { } record ? new EscalationDecisionResult(won, record) : null;
    }

    public async Task<bool> AddPostedCardAsync(Guid id, EscalationCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AddCardSql, connection)
            .With("@id", id)
            .With("@recipient", card.RecipientAadObjectId)
            .With("@can_decide", card.CanDecide)
            .With("@channel_id", card.Conversation.ChannelId)
            .With("@conversation_id", card.Conversation.ConversationId)
            .With("@activity_id", card.ActivityId)
            .With("@posted_at_ms", PostgresTime.ToUnixMs(card.PostedAt));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) == 0 ? throw new KeyNotFoundException("No escalation has that id.") : reader.GetInt64(1) == 1;
    }

    private async Task<EscalationRecord?> ReadOneAsync(Guid id, CancellationToken cancellationToken) =>
        EscalationRows.WithCards(
            await ReadAsync(ByIdSql, id, EscalationRows.ReadRecord, cancellationToken),
            await ReadAsync(CardsByIdSql, id, r => (r.GetGuid(0), EscalationRows.ReadCard(r)), cancellationToken)).SingleOrDefault();

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
