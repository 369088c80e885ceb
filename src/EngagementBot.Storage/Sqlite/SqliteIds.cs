namespace EngagementBot.Storage.Sqlite;

/// <summary>Ids are stored as their canonical lower-case text (<c>D</c> format) in TEXT columns.</summary>
internal static class SqliteIds
{
    public static object Text(Guid id) => id.ToString("D");
}
