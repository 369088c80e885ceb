using System.Data.Common;
using Npgsql;

namespace EngagementBot.Storage.Postgres;

/// <summary>
/// A write and its audit event in one transaction: the event is appended only if the write changed
/// exactly one row (an insert not already there, or a compare-and-set update that still found its
/// version). Of two racing updates from the same version the second waits for the first's row lock,
/// then finds the version moved on and changes nothing.
/// </summary>
internal static class PostgresChangeWriter
{
    /// <param name="bindEvent">Binds the event insert <paramref name="eventSql"/>, or null for no event.</param>
    public static async Task<bool> WriteThenRecordAsync(
        PostgresDatabase database, string sql, Action<DbCommand> bind, string eventSql, Action<DbCommand>? bindEvent, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var write = new NpgsqlCommand(sql, connection, transaction))
        {
            bind(write);
            if (await write.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        if (bindEvent is not null)
        {
            await using var record = new NpgsqlCommand(eventSql, connection, transaction);
            bindEvent(record);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
