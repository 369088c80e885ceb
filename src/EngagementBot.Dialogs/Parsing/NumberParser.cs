namespace EngagementBot.Dialogs.Parsing;

/// <summary>Whole numbers typed as digits ("3", "-2") or as words from "zero" (or "none") to "twenty".</summary>
public static class NumberParser
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static int? Parse(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('.', '!') ?? "";
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return FromWord(TextNormalizer.ForMatching(trimmed));
    }

    /// <summary>A number word ("three"), also "none", "a" and "an" where they mean a count.</summary>
    internal static int? FromWord(string word, bool allowArticle = false)
    {
        if (word == "none")
        {
            return 0;
        }

        if (allowArticle && word is "a" or "an")
        {
            return 1;
        }

        var index = Array.IndexOf(Words, word);
        return index >= 0 ? index : null;
    }
}
