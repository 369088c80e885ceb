using EngagementBot.Domain.Vocabularies;

namespace EngagementBot.Storage.Mapping;

/// <summary>Vocabulary values are stored as their codes; an unknown code in the database is an error.</summary>
internal static class VocabularyColumns
{
    public static T ReadCode<T>(this Vocabulary<T> vocabulary, string code)
        where T : struct, Enum =>
        vocabulary.TryParse(code, out var value)
            ? value
            : throw new InvalidOperationException($"Unknown {typeof(T).Name} code '{code}' in the database.");
}
