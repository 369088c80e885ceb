using System.Data.Common;

namespace EngagementBot.Storage.Mapping;

/// <summary>Parameter binding both providers share (the row mappers bind through it).</summary>
internal static class DbCommandExtensions
{
    /// <summary>Adds a parameter (null becomes SQL NULL) and returns the command, for chaining.</summary>
    public static DbCommand Bind(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
