using EngagementBot.Domain.Conversations;

namespace EngagementBot.Storage.Sqlite.Stores;

internal sealed class SqliteProcessedActivityStore(SqliteDatabase database) : IProcessedActivityStore
{
    /// <summary>Purges delete in batches so turns can write in between.</summary>
    internal const int PurgeBatchSize = 1_000;

    private const string InsertSql = """
        INSERT INTO processed_activities (conversation_key, activity_id, processed_at_ms)
        VALUES ($conversation_key, $activity_id, $processed_at_ms)
        ON CONFLICT (conversation_key, activity_id) DO NOTHING;
        """;

    private const string PurgeBatchSql = """
        DELETE FROM processed_activities
        WHERE (conversation_key, activity_id) IN (
            SELECT conversation_key, activity_id
            FROM processed_activities
            WHERE processed_at_ms < $cutoff_ms
            LIMIT $batch_size);
        """;

    public Task<bool> TryMarkProcessedAsync(string conversationKey, string activityId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return database.WriteAsync(
            (conversationKey, activityId, AtMs: SqliteTime.ToUnixMs(at)),
            static (writer, row) => writer.Command(InsertSql)
                .With("$conversation_key", row.conversationKey)
                .With("$activity_id", row.activityId)
                .With("$processed_at_ms", row.AtMs)
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var cutoffMs = SqliteTime.ToUnixMs(cutoff);
        var total = 0;
        int removed;
        do
        {
            removed = await database.WriteAsync(
                cutoffMs,
                static (writer, cutoffMs) => writer.Command(PurgeBatchSql)
                    .With("$cutoff_ms", cutoffMs)
                    .With("$batch_size", PurgeBatchSize)
                    .ExecuteNonQuery(),
                cancellationToken);
            total += removed;
        }
        while (removed == PurgeBatchSize);

        return total;
    }
}
