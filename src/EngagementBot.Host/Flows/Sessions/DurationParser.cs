using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// How long, in the words people type after "extend" or "running late" (already normalised: lower case,
/// punctuation as spaces): "30", "45 mins", "1 hour", "an hour", "2 hrs", "half an hour", "an hour and a
/// half", "1 hour 30", "1 hour and 15 minutes", "90m", optionally after "by", "for", "another" or "a further".
/// A bare number is minutes.
/// </summary>
public static partial class DurationParser
{
    [GeneratedRegex(@"^(?:(?:by|for|another|a further|further) )?(?<body>.+?)(?: more| longer| extra)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Framing();

    [GeneratedRegex(@"^(?<n>[a-z0-9]+) ?(?<u>hours?|hrs?|h|minutes?|mins?|m)(?<half> and a half)?(?: (?:and )?(?<n2>[a-z0-9]+)(?: ?(?:minutes?|mins?|m))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\d|\b(?:hours?|hrs?|minutes?|mins?|half|quarter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DurationWords();

    /// <summary>The duration, or null when the words are not one.</summary>
    public static TimeSpan? Parse(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var body = Framing().Match(normalized.Trim()).Groups["body"].Value;
        switch (body)
        {
            case "half an hour" or "half hour" or "a half hour":
                return TimeSpan.FromMinutes(30);
            case "quarter of an hour" or "a quarter of an hour" or "quarter hour" or "a quarter hour":
                return TimeSpan.FromMinutes(15);
        }

        if (NumberOf(body) is { } bare)
        {
            return TimeSpan.FromMinutes(bare);
        }

        var match = Amount().Match(body);
        if (!match.Success || NumberOf(match.Groups["n"].Value, allowArticle: true) is not { } amount)
        {
            return null;
        }

        var hours = match.Groups["u"].Value.StartsWith('h');
        if (!hours && (match.Groups["half"].Success || match.Groups["n2"].Success))
        {
            return null;
        }

        var span = hours ? TimeSpan.FromHours(amount) : TimeSpan.FromMinutes(amount);
        if (match.Groups["half"].Success)
        {
            span += TimeSpan.FromMinutes(30);
        }

        if (match.Groups["n2"].Success)
        {
            if (NumberOf(match.Groups["n2"].Value) is not { } minutes)
            {
                return null;
            }

            span += TimeSpan.FromMinutes(minutes);
        }

        return span;
    }

    /// <summary>Whether words that failed to parse were still meant as a duration (so the user hears how to say it, rather than nothing).</summary>
    public static bool LooksLikeDuration(string normalized) => DurationWords().IsMatch(normalized);

    private static int? NumberOf(string word, bool allowArticle = false) =>
        allowArticle && word is "a" or "an" ? 1
        : NumberParser.Parse(word) is { } number and >= 0 and <= 24 * 60 ? number
        : null;
}
