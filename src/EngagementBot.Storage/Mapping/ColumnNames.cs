namespace EngagementBot.Storage.Mapping;

/// <summary>How the values of an enum are written in a database column: stable text, not enum numbers.</summary>
internal sealed class ColumnNames<TEnum>(string what, IReadOnlyDictionary<TEnum, string> names)
    where TEnum : struct, Enum
{
    public string ToName(TEnum value) =>
        names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {what}.");

    /// <exception cref="InvalidOperationException">The database holds a name this build does not know.</exception>
    public TEnum Parse(string value) =>
        names.FirstOrDefault(pair => pair.Value == value) is { Value: not null } match
            ? match.Key
            : throw new InvalidOperationException($"Unknown {what} '{value}' in the database.");
}
