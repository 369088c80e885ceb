using EngagementBot.Domain.Conversations;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

internal sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    /// <summary>
    /// An upsert whose address is unchanged only refreshes <c>last_seen_at_ms</c> when the stored value
    /// is at least this old, so the busy path (same conversation, turn after turn) does not rewrite
    /// the row. "Most recently seen" is therefore exact to within this interval.
    /// </summary>
    internal static readonly TimeSpan SeenAtRefreshInterval = TimeSpan.FromMinutes(1);

    private const string Columns = """
        channel_id, conversation_id, service_url, kind, tenant_id, bot_id, bot_name,
        user_id, user_aad_object_id, team_id, teams_channel_id
        """;

    // A row is only rewritten by an upsert that is not older than what is stored, and that either
    // changes the address or moves last_seen by at least the refresh interval.
    private const string UpsertSql = $$"""
        INSERT INTO conversation_references ({{Columns}}, first_seen_at_ms, last_seen_at_ms)
        VALUES ($channel_id, $conversation_id, $service_url, $kind, $tenant_id, $bot_id, $bot_name,
                $user_id, $user_aad_object_id, $team_id, $teams_channel_id, $seen_at_ms, $seen_at_ms)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            service_url = excluded.service_url,
            kind = excluded.kind,
            tenant_id = excluded.tenant_id,
            bot_id = excluded.bot_id,
            bot_name = excluded.bot_name,
            user_id = excluded.user_id,
            user_aad_object_id = excluded.user_aad_object_id,
            team_id = excluded.team_id,
            teams_channel_id = excluded.teams_channel_id,
            last_seen_at_ms = excluded.last_seen_at_ms
        WHERE excluded.last_seen_at_ms >= conversation_references.last_seen_at_ms
          AND (excluded.last_seen_at_ms >= conversation_references.last_seen_at_ms + $refresh_ms
            OR excluded.service_url IS NOT conversation_references.service_url
            OR excluded.kind IS NOT conversation_references.kind
            OR excluded.tenant_id IS NOT conversation_references.tenant_id
            OR excluded.bot_id IS NOT conversation_references.bot_id
            OR excluded.bot_name IS NOT conversation_references.bot_name
            OR excluded.user_id IS NOT conversation_references.user_id
            OR excluded.user_aad_object_id IS NOT conversation_references.user_aad_object_id
            OR excluded.team_id IS NOT conversation_references.team_id
            OR excluded.teams_channel_id IS NOT conversation_references.teams_channel_id);
        """;

    private const string FindSql = $$"""
        SELECT {{Columns}}
        FROM conversation_references
        WHERE channel_id = $channel_id AND conversation_id = $conversation_id;
        """;

    // The literal kind = 'personal' lets SQLite use the partial index.
    private const string FindPersonalSql = $$"""
        SELECT {{Columns}}
        FROM conversation_references
        WHERE kind = 'personal' AND user_aad_object_id = $user_aad_object_id
        ORDER BY last_seen_at_ms DESC
        LIMIT 1;
        """;

    public Task UpsertAsync(ConversationAddress address, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return database.WriteAsync(
            (address, SeenAtMs: SqliteTime.ToUnixMs(seenAt)),
            static (writer, row) => writer.Command(UpsertSql)
                .With("$channel_id", row.address.ChannelId)
                .With("$conversation_id", row.address.ConversationId)
                .With("$service_url", row.address.ServiceUrl)
                .With("$kind", ConversationKindNames.ToName(row.address.Kind))
                .With("$tenant_id", row.address.TenantId)
                .With("$bot_id", row.address.BotId)
                .With("$bot_name", row.address.BotName)
                .With("$user_id", row.address.UserId)
                .With("$user_aad_object_id", row.address.UserAadObjectId)
                .With("$team_id", row.address.TeamId)
                .With("$teams_channel_id", row.address.TeamsChannelId)
                .With("$seen_at_ms", row.SeenAtMs)
                .With("$refresh_ms", (long)SeenAtRefreshInterval.TotalMilliseconds)
                .ExecuteNonQuery(),
            cancellationToken);
    }

    public Task<ConversationAddress?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return database.ReadAsync(
            (channelId, conversationId),
            static (connection, key) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = FindSql;
                command.With("$channel_id", key.channelId).With("$conversation_id", key.conversationId);
                return ReadSingle(command);
            },
            cancellationToken);
    }

    public Task<ConversationAddress?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(aadObjectId);
        return database.ReadAsync(
            aadObjectId,
            static (connection, aadObjectId) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = FindPersonalSql;
                command.With("$user_aad_object_id", aadObjectId);
                return ReadSingle(command);
            },
            cancellationToken);
    }

    private static ConversationAddress? ReadSingle(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ConversationAddress(
            ChannelId: reader.GetString(0),
            ConversationId: reader.GetString(1),
            ServiceUrl: reader.GetString(2),
            Kind: ConversationKindNames.Parse(reader.GetString(3)),
            TenantId: reader.GetNullableString(4),
            BotId: reader.GetString(5),
            BotName: reader.GetNullableString(6),
            UserId: reader.GetNullableString(7),
            UserAadObjectId: reader.GetNullableString(8),
            TeamId: reader.GetNullableString(9),
            TeamsChannelId: reader.GetNullableString(10));
    }
}
