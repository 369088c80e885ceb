using System.Data.Common;

namespace EngagementBot.Storage.Mapping;

/// <summary>Column reads both providers share: times are stored as unix milliseconds (UTC).</summary>
internal static class DbReaderExtensions
{
    public static string? GetNullableText(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset GetUnixMsTime(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? GetNullableUnixMsTime(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetUnixMsTime(ordinal);

    /// <summary>A GUID column: text in SQLite, uuid in PostgreSQL; both readers parse it.</summary>
    public static Guid? GetNullableGuid(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
}
