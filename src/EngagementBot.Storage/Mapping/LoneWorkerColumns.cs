using System.Data.Common;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// The worker and whereabouts columns sessions and alerts both carry, read and bound the same way by
/// every provider: <c>worker_aad_object_id, worker_user_id, worker_channel_id, worker_conversation_id,
/// worker_name</c> and <c>venue, location, contact_phone</c> (all three null for no whereabouts).
/// </summary>
internal static class LoneWorkerColumns
{
    public const string Worker = "worker_aad_object_id, worker_user_id, worker_channel_id, worker_conversation_id, worker_name";

    public const string WorkerParameters = "@worker_aad_object_id, @worker_user_id, @worker_channel_id, @worker_conversation_id, @worker_name";

    public const string Whereabouts = "venue, location, contact_phone";

    public const string WhereaboutsParameters = "@venue, @location, @contact_phone";

    /// <summary>The five worker columns from <paramref name="first"/> on.</summary>
    public static SessionWorker ReadWorker(DbDataReader reader, int first) => new(
        AadObjectId: reader.GetString(first),
        UserId: reader.GetString(first + 1),
        Conversation: new ConversationRef(reader.GetString(first + 2), reader.GetString(first + 3)),
        DisplayName: reader.GetNullableText(first + 4));

    /// <summary>The three whereabouts columns from <paramref name="first"/> on; null when the venue is.</summary>
    public static Whereabouts? ReadWhereabouts(DbDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new Whereabouts(reader.GetString(first), reader.GetNullableText(first + 1), reader.GetNullableText(first + 2));

    public static DbCommand BindWorker(this DbCommand command, SessionWorker worker) => command
        .Bind("@worker_aad_object_id", worker.AadObjectId)
        .Bind("@worker_user_id", worker.UserId)
        .Bind("@worker_channel_id", worker.Conversation.ChannelId)
        .Bind("@worker_conversation_id", worker.Conversation.ConversationId)
        .Bind("@worker_name", worker.DisplayName);

    public static DbCommand BindWhereabouts(this DbCommand command, Whereabouts? whereabouts) => command
        .Bind("@venue", whereabouts?.Venue)
        .Bind("@location", whereabouts?.Location)
        .Bind("@contact_phone", whereabouts?.ContactPhone);

    /// <summary>A nullable id as <paramref name="id"/> writes ids (text in SQLite, uuid in PostgreSQL).</summary>
    public static object? NullableId(Guid? value, Func<Guid, object> id) => value is { } some ? id(some) : null;

    /// <summary>A nullable time as unix milliseconds.</summary>
    public static long? NullableMs(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();
}
