namespace EngagementBot.Storage.Postgres;

/// <summary>
/// Timestamps are stored as in SQLite: Unix time in milliseconds (UTC) in BIGINT columns named
/// <c>*_at_ms</c>. Reading gives a UTC offset; sub-millisecond precision is dropped.
/// </summary>
internal static class PostgresTime
{
    public static long ToUnixMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
