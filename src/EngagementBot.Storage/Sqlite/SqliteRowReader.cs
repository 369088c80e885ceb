using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite;

/// <summary>Runs a query with one parameter and maps every row (the row mappers are shared with PostgreSQL).</summary>
internal static class SqliteRowReader
{
    public static List<T> Read<T>(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, string parameter, object value, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.With(parameter, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
