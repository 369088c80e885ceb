using Npgsql;

namespace EngagementBot.Storage.Postgres;

internal static class PostgresCommandExtensions
{
    /// <summary>Adds a parameter (null becomes SQL NULL) and returns the command, for chaining.</summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? GetNullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
