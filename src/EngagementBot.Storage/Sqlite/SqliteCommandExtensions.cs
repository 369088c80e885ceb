using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite;

internal static class SqliteCommandExtensions
{
    /// <summary>Adds a parameter (null becomes SQL NULL) and returns the command, for chaining.</summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
