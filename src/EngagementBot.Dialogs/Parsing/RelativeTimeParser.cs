using System.Globalization;
using System.Text.RegularExpressions;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// Times relative to now: "now", "in 2 hours", "in 30 minutes", "in an hour", "in half an hour",
/// "in an hour and a half", "in 2 hours and 15 minutes", "2 hours ago", "an hour ago".
/// Returns the signed distance from now.
/// </summary>
internal static partial class RelativeTimeParser
{
    private const int MaxAmount = 10_000;

    [GeneratedRegex(@"^(?<n>[a-z0-9]+) (?<u>hours?|hrs?|minutes?|mins?)(?<half> and a half)?(?: (?:and )?(?<n2>[a-z0-9]+) (?<u2>minutes?|mins?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    public static TimeSpan? Parse(string text)
    {
        if (text is "now" or "right now" or "just now")
        {
            return TimeSpan.Zero;
        }

        int sign;
        string body;
        if (text.StartsWith("in ", StringComparison.Ordinal))
        {
            (sign, body) = (1, text[3..]);
        }
        else if (text.EndsWith(" ago", StringComparison.Ordinal))
        {
            (sign, body) = (-1, text[..^4]);
        }
        else
        {
            return null;
        }

        var span = body is "half an hour" or "half hour" ? TimeSpan.FromMinutes(30) : ParseDuration(body);
        return span is null ? null : span.Value * sign;
    }

    private static TimeSpan? ParseDuration(string body)
    {
        var match = Duration().Match(body);
        if (!match.Success || Amount(match.Groups["n"].Value) is not { } amount)
        {
            return null;
        }

        var hours = match.Groups["u"].Value.StartsWith('h');
        if (match.Groups["half"].Success && !hours)
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
            if (!hours || Amount(match.Groups["n2"].Value) is not { } minutes)
            {
                return null;
            }

            span += TimeSpan.FromMinutes(minutes);
        }

        return span;
    }

    private static int? Amount(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is > 0 and <= MaxAmount ? number : null;
        }

        return NumberParser.FromWord(word, allowArticle: true) is { } n and > 0 ? n : null;
    }
}
