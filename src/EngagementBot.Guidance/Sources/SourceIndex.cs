using System.Text.RegularExpressions;

namespace EngagementBot.Guidance.Sources;

/// <summary>
/// Lists the citable sections of a guidance document's text. The citation convention:
/// <list type="bullet">
/// <item>A numbered heading ("6.1 Professional Responsibility:", "2.4. Drawing up ...") is cited by its number: "6.1".</item>
/// <item>Any other heading is cited by its text as printed, without markdown marks (#, **) and without a
/// trailing ":" or ":-". A heading is a line on its own: not a bullet, not in a table (no tabs), starting
/// with a capital letter, at most 12 words, not ending in "." "," or ";".</item>
/// <item>In a document that numbers its sections, an unnumbered line only counts as a heading when it is
/// a markdown heading or written in capitals ("SECTION SEVEN: SUPERVISION AND SUPPORT", "APPENDIX ONE"),
/// so text inside a numbered section must be cited by that section's number.</item>
/// </list>
/// </summary>
public sealed partial class SourceIndex
{
    private const int MaxHeadingWords = 12;
    private const int MaxNumberedTitleWords = 15;

    private readonly Dictionary<string, SourceSection> _byId;

    private SourceIndex(IReadOnlyList<SourceSection> sections)
    {
        Sections = sections;
        _byId = new Dictionary<string, SourceSection>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            _byId.TryAdd(section.Id, section);
        }
    }

    /// <summary>Sections in document order (a repeated heading is listed once per occurrence).</summary>
    public IReadOnlyList<SourceSection> Sections { get; }

    public IEnumerable<string> SectionIds => _byId.Keys;

    public bool Contains(string sectionId) => _byId.ContainsKey(sectionId);

    public SourceSection? Find(string sectionId) => _byId.GetValueOrDefault(sectionId);

    public static SourceIndex Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var numbersSections = lines.Any(line => NumberedHeading().IsMatch(line.Trim()));
        var sections = new List<SourceSection>();
        for (var i = 0; i < lines.Length; i++)
        {
            var section = ReadHeading(lines[i], i + 1, numbersSections);
            if (section is not null)
            {
                sections.Add(section);
            }
        }

        return new SourceIndex(sections);
    }

    private static SourceSection? ReadHeading(string line, int lineNumber, bool numbersSections)
    {
        var raw = line.Trim();
        if (raw.Length == 0 || raw.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var isMarkdownHeading = raw.StartsWith('#');
        var clean = TrimTrailingColon(raw.TrimStart('#').Replace("**", string.Empty, StringComparison.Ordinal).Trim());

        var numbered = NumberedHeading().Match(clean);
        if (numbered.Success)
        {
            var title = TrimTrailingColon(numbered.Groups["title"].Value.Trim());
            return WordCount(title) <= MaxNumberedTitleWords
                ? new SourceSection(numbered.Groups["number"].Value, title, lineNumber)
                : null;
        }

        if (clean.Length == 0 || !char.IsLetter(clean[0]) || !char.IsUpper(clean[0])
            || WordCount(clean) > MaxHeadingWords || clean[^1] is '.' or ',' or ';')
        {
            return null;
        }

        if (numbersSections && !isMarkdownHeading && !IsCapitals(clean))
        {
            return null;
        }

        return new SourceSection(clean, clean, lineNumber);
    }

    private static string TrimTrailingColon(string text)
    {
        var trimmed = text.EndsWith(":-", StringComparison.Ordinal) ? text[..^2] : text.TrimEnd(':');
        return trimmed.TrimEnd();
    }

    private static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && letters.All(char.IsUpper);
    }

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)+)\.?\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex NumberedHeading();
}
