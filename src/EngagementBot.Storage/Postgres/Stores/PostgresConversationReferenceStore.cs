using EngagementBot.Domain.Conversations;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

internal sealed class PostgresConversationReferenceStore(PostgresDatabase database) : IConversationReferenceStore
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
        INSERT INTO conversation_references AS c ({{Columns}}, first_seen_at_ms, last_seen_at_ms)
        VALUES (@channel_id, @conversation_id, @service_url, @kind, @tenant_id, @bot_id, @bot_name,
                @user_id, @user_aad_object_id, @team_id, @teams_channel_id, @seen_at_ms, @seen_at_ms)
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
        WHERE excluded.last_seen_at_ms >= c.last_seen_at_ms
          AND (excluded.last_seen_at_ms >= c.last_seen_at_ms + @refresh_ms
            OR excluded.service_url IS DISTINCT FROM c.service_url
            OR excluded.kind IS DISTINCT FROM c.kind
            OR excluded.tenant_id IS DISTINCT FROM c.tenant_id
            OR excluded.bot_id IS DISTINCT FROM c.bot_id
            OR excluded.bot_name IS DISTINCT FROM c.bot_name
            OR excluded.user_id IS DISTINCT FROM c.user_id
            OR excluded.user_aad_object_id IS DISTINCT FROM c.user_aad_object_id
            OR excluded.team_id IS DISTINCT FROM c.team_id
            OR excluded.teams_channel_id IS DISTINCT FROM c.teams_channel_id);
        """;

    private const string FindSql = $$"""
        SELECT {{Columns}}
        FROM conversation_references
        WHERE channel_id = @channel_id AND conversation_id = @conversation_id;
        """;

    // The literal kind = 'personal' and lower(...) match the partial expression index.
    private const string FindPersonalSql = $$"""
        SELECT {{Columns}}
        FROM conversation_references
        WHERE kind = 'personal' AND lower(user_aad_object_id) = lower(@user_aad_object_id)
        ORDER BY last_seen_at_ms DESC
        LIMIT 1;
        """;

    public async Task UpsertAsync(ConversationAddress address, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(UpsertSql, connection)
            .With("@channel_id", address.ChannelId)
            .With("@conversation_id", address.ConversationId)
            .With("@service_url", address.ServiceUrl)
            .With("@kind", ConversationKindNames.ToName(address.Kind))
            .With("@tenant_id", address.TenantId)
            .With("@bot_id", address.BotId)
            .With("@bot_name", address.BotName)
            .With("@user_id", address.UserId)
            .With("@user_aad_object_id", address.UserAadObjectId)
            .With("@team_id", address.TeamId)
            .With("@teams_channel_id", address.TeamsChannelId)
            .With("@seen_at_ms", PostgresTime.ToUnixMs(seenAt))
            .With("@refresh_ms", (long)SeenAtRefreshInterval.TotalMilliseconds);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ConversationAddress?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FindSql, connection)
            .With("@channel_id", channelId)
            .With("@conversation_id", conversationId);
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<ConversationAddress?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(aadObjectId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FindPersonalSql, connection).With("@user_aad_object_id", aadObjectId);
        return await ReadSingleAsync(command, cancellationToken);
    }

    private static async Task<ConversationAddress?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
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
