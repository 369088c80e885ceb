using EngagementBot.Domain.Channels;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>Channel subscriptions in SQLite: an append-only history; a channel's state is its latest row.</summary>
internal sealed class SqliteChannelSubscriptionStore(SqliteDatabase database) : IChannelSubscriptionStore
{
    private const string InsertSql = $"""
        INSERT INTO channel_subscription_changes ({ChannelSubscriptionRows.Columns})
        VALUES ($id, $teams_channel_id, $team_id, $area, $action, $channel_id, $conversation_id, $changed_by, $changed_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string CurrentSql = $"""
        SELECT {ChannelSubscriptionRows.Columns} FROM channel_subscription_changes
        WHERE teams_channel_id = $value ORDER BY seq DESC LIMIT 1;
        """;

    private const string SubscribedSql = $"""
        SELECT {ChannelSubscriptionRows.Columns} FROM channel_subscription_changes AS c
        WHERE c.seq IN (SELECT MAX(seq) FROM channel_subscription_changes GROUP BY teams_channel_id)
          AND c.action = 'on' AND c.area = $value
        ORDER BY c.seq;
        """;

    private const string HistorySql = $"SELECT {ChannelSubscriptionRows.Columns} FROM channel_subscription_changes WHERE teams_channel_id = $value ORDER BY seq;";

    public Task<bool> RecordAsync(ChannelSubscriptionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        change.EnsureValid();
        return database.WriteAsync(
            change,
            static (writer, change) => writer.Command(InsertSql)
                .With("$id", change.Id.ToString("D"))
                .With("$teams_channel_id", change.TeamsChannelId)
                .With("$team_id", change.TeamId)
                .With("$area", change.Area.Trim())
                .With("$action", ChannelSubscriptionRows.ActionCode(change.Action))
                .With("$channel_id", change.Conversation.ChannelId)
                .With("$conversation_id", change.Conversation.ConversationId)
                .With("$changed_by", change.ChangedBy)
                .With("$changed_at_ms", SqliteTime.ToUnixMs(change.ChangedAt))
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    public async Task<ChannelSubscriptionChange?> CurrentAsync(string teamsChannelId, CancellationToken cancellationToken) =>
        (await ReadAsync(CurrentSql, teamsChannelId, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ChannelSubscriptionChange>> SubscribedToAsync(string area, CancellationToken cancellationToken) =>
        await ReadAsync(SubscribedSql, area.Trim(), cancellationToken);

    public async Task<IReadOnlyList<ChannelSubscriptionChange>> HistoryAsync(string teamsChannelId, CancellationToken cancellationToken) =>
        await ReadAsync(HistorySql, teamsChannelId, cancellationToken);

    private Task<List<ChannelSubscriptionChange>> ReadAsync(string sql, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return database.ReadAsync(
            (sql, value),
            static (connection, query) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = query.sql;
                command.With("$value", query.value);
                using SqliteDataReader reader = command.ExecuteReader();
                var rows = new List<ChannelSubscriptionChange>();
                while (reader.Read())
                {
                    rows.Add(ChannelSubscriptionRows.Read(reader));
                }

                return rows;
            },
            cancellationToken);
    }
}
