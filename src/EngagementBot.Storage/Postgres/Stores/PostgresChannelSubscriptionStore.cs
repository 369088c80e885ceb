using EngagementBot.Domain.Channels;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>Channel subscriptions in PostgreSQL: an append-only history; a channel's state is its latest row.</summary>
internal sealed class PostgresChannelSubscriptionStore(PostgresDatabase database) : IChannelSubscriptionStore
{
    private const string InsertSql = $"""
        INSERT INTO channel_subscription_changes ({ChannelSubscriptionRows.Columns})
        VALUES (@id, @teams_channel_id, @team_id, @area, @action, @channel_id, @conversation_id, @changed_by, @changed_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string CurrentSql = $"""
        SELECT {ChannelSubscriptionRows.Columns} FROM channel_subscription_changes
        WHERE teams_channel_id = @value ORDER BY seq DESC LIMIT 1;
        """;

    private const string SubscribedSql = $"""
        SELECT {ChannelSubscriptionRows.Columns} FROM channel_subscription_changes AS c
        WHERE c.seq IN (SELECT MAX(seq) FROM channel_subscription_changes GROUP BY teams_channel_id)
          AND c.action = 'on' AND lower(c.area) = lower(@value)
        ORDER BY c.seq;
        """;

    private const string HistorySql = $"SELECT {ChannelSubscriptionRows.Columns} FROM channel_subscription_changes WHERE teams_channel_id = @value ORDER BY seq;";

    public async Task<bool> RecordAsync(ChannelSubscriptionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        change.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection)
            .With("@id", change.Id)
            .With("@teams_channel_id", change.TeamsChannelId)
            .With("@team_id", change.TeamId)
            .With("@area", change.Area.Trim())
            .With("@action", ChannelSubscriptionRows.ActionCode(change.Action))
            .With("@channel_id", change.Conversation.ChannelId)
            .With("@conversation_id", change.Conversation.ConversationId)
            .With("@changed_by", change.ChangedBy)
            .With("@changed_at_ms", PostgresTime.ToUnixMs(change.ChangedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<ChannelSubscriptionChange?> CurrentAsync(string teamsChannelId, CancellationToken cancellationToken) =>
        (await ReadAsync(CurrentSql, teamsChannelId, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ChannelSubscriptionChange>> SubscribedToAsync(string area, CancellationToken cancellationToken) =>
        await ReadAsync(SubscribedSql, area.Trim(), cancellationToken);

    public async Task<IReadOnlyList<ChannelSubscriptionChange>> HistoryAsync(string teamsChannelId, CancellationToken cancellationToken) =>
        await ReadAsync(HistorySql, teamsChannelId, cancellationToken);

    private async Task<List<ChannelSubscriptionChange>> ReadAsync(string sql, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection).With("@value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ChannelSubscriptionChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ChannelSubscriptionRows.Read(reader));
        }

        return rows;
    }
}
