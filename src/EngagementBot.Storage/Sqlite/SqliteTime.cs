namespace EngagementBot.Storage.Sqlite;

/// <summary>
/// Timestamps are stored as Unix time in milliseconds (UTC) in INTEGER columns named <c>*_at_ms</c>:
/// compact, index-friendly, and compared as numbers. Reading gives a UTC offset; sub-millisecond
/// precision is dropped.
/// </summary>
internal static class SqliteTime
{
    public static long ToUnixMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
