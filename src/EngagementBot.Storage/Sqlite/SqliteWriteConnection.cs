using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite;

/// <summary>
/// The one long-lived connection all writes go through (one at a time, see
/// <see cref="SqliteDatabase"/>). It keeps a prepared command per SQL text, so a hot statement is
/// compiled once and only re-bound afterwards.
/// </summary>
internal sealed class SqliteWriteConnection : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteWriteConnection(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The cached command for <paramref name="sql"/>, with no parameters bound yet.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }
}
