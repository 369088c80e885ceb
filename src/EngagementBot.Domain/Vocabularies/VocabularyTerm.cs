namespace EngagementBot.Domain.Vocabularies;

/// <summary>
/// One value of a closed vocabulary: the stable <see cref="Code"/> written to databases and card data
/// (kebab-case, never renamed), and the <see cref="Text"/> people read.
/// </summary>
public sealed record VocabularyTerm<T>(T Value, string Code, string Text)
    where T : struct, Enum;
