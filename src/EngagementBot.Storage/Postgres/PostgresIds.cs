namespace EngagementBot.Storage.Postgres;

/// <summary>Ids are stored in UUID columns and bound as they are.</summary>
internal static class PostgresIds
{
    public static object Uuid(Guid id) => id;
}
