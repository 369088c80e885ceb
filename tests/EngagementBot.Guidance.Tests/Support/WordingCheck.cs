using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>
/// Our own wording: no text in a pack shares a run of <see cref="MaxSharedWords"/> or more consecutive words
/// with a guidance document (case, punctuation and curly quotes ignored). Source citations are skipped,
/// since a section heading is quoted on purpose.
/// </summary>
public static partial class WordingCheck
{
    /// <summary>Runs this long are copying; shorter shared phrases ("a written contract with the family") are ordinary.</summary>
    public const int MaxSharedWords = 8;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "source", "alsoSee" };

    public static IReadOnlyList<string> Problems(JsonNode pack, IEnumerable<string> documentTexts)
    {
        var copied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in documentTexts)
        {
            copied.UnionWith(Runs(Words(text)));
        }

        var problems = new List<string>();
        foreach (var (path, text) in Strings(pack, "$"))
        {
            var run = Runs(Words(text)).FirstOrDefault(copied.Contains);
            if (run is not null)
            {
                problems.Add($"{path}: \"{run}\" is copied from the guidance");
            }
        }

        return problems;
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\''))
            .Select(m => m.Value)
            .ToList();

    private static IEnumerable<string> Runs(List<string> words)
    {
        for (var i = 0; i + MaxSharedWords <= words.Count; i++)
        {
            yield return string.Join(' ', words.GetRange(i, MaxSharedWords));
        }
    }

    private static IEnumerable<(string Path, string Text)> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.Where(p => !Skipped.Contains(p.Key)))
                {
                    foreach (var found in Strings(value, $"{path}.{key}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Strings(array[i], $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (path, text);
                break;
        }
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();
}
