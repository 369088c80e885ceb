using System.Data.Common;

namespace EngagementBot.Storage.Sqlite;

/// <summary>
/// A write and its audit event in one <c>BEGIN IMMEDIATE</c> transaction on the single writer: the
/// event is appended only if the write changed exactly one row (an insert not already there, or a
/// compare-and-set update that still found its version).
/// </summary>
internal static class SqliteChangeWriter
{
    /// <param name="recordEvent">The cached event insert with its parameters bound, or null for no event.</param>
    public static bool WriteThenRecord(SqliteWriteConnection writer, DbCommand write, DbCommand? recordEvent)
    {
        using var transaction = writer.Connection.BeginTransaction(deferred: false);
        write.Transaction = transaction;
        if (write.ExecuteNonQuery() != 1)
        {
            return false;
        }

        if (recordEvent is not null)
        {
            recordEvent.Transaction = transaction;
            recordEvent.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }
}
