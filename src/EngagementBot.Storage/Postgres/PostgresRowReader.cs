using Npgsql;

namespace EngagementBot.Storage.Postgres;

/// <summary>Runs a query with one parameter and maps every row (the row mappers are shared with SQLite).</summary>
internal static class PostgresRowReader
{
    public static async Task<List<T>> ReadAsync<T>(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        string sql,
        string parameter,
        object value,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction).With(parameter, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
