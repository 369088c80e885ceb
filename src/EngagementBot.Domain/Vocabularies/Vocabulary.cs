using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EngagementBot.Domain.Vocabularies;

/// <summary>
/// A closed set of values (an enum) with one stable code and one display text per value, kept in one
/// place. Every enum value must have exactly one term and codes must be unique kebab-case, so a value
/// added to the enum without a code fails the first time the vocabulary is built.
/// </summary>
public sealed partial class Vocabulary<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, VocabularyTerm<T>> _byValue = [];
    private readonly Dictionary<string, VocabularyTerm<T>> _byCode = new(StringComparer.Ordinal);

    public Vocabulary(params IEnumerable<VocabularyTerm<T>> terms)
    {
        Terms = [.. terms];
        foreach (var term in Terms)
        {
            if (!Enum.IsDefined(term.Value))
            {
                throw new ArgumentException($"{typeof(T).Name}: {term.Value} is not a defined value.", nameof(terms));
            }

            if (!CodePattern().IsMatch(term.Code))
            {
                throw new ArgumentException($"{typeof(T).Name}: code '{term.Code}' is not kebab-case.", nameof(terms));
            }

            if (string.IsNullOrWhiteSpace(term.Text))
            {
                throw new ArgumentException($"{typeof(T).Name}: code '{term.Code}' has no display text.", nameof(terms));
            }

            if (!_byValue.TryAdd(term.Value, term) || !_byCode.TryAdd(term.Code, term))
            {
                throw new ArgumentException($"{typeof(T).Name}: {term.Value} or code '{term.Code}' is listed twice.", nameof(terms));
            }
        }

        var missing = Enum.GetValues<T>().Where(value => !_byValue.ContainsKey(value)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"{typeof(T).Name}: no term for {string.Join(", ", missing)}.", nameof(terms));
        }
    }

    /// <summary>Every term, in the order given (the order choices are offered in).</summary>
    public IReadOnlyList<VocabularyTerm<T>> Terms { get; }

    public string Code(T value) => Term(value).Code;

    public string Text(T value) => Term(value).Text;

    /// <exception cref="FormatException">The code is not in this vocabulary.</exception>
    public T Parse(string code) =>
        TryParse(code, out var value)
            ? value
            : throw new FormatException($"'{code}' is not a {typeof(T).Name} code.");

    /// <summary>Codes are matched exactly (they are lower-case kebab-case).</summary>
    public bool TryParse([NotNullWhen(true)] string? code, out T value)
    {
        if (code is not null && _byCode.TryGetValue(code, out var term))
        {
            value = term.Value;
            return true;
        }

        value = default;
        return false;
    }

    private VocabularyTerm<T> Term(T value) =>
        _byValue.TryGetValue(value, out var term)
            ? term
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
