using System.Text.RegularExpressions;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>Personal details someone may type where only a pseudonymous reference belongs.</summary>
public enum PersonalDetail
{
    None,
    DateOfBirth,
    Address,
    Name,
}

/// <summary>
/// Tells whether text looks like a date (of birth), an address or a person's name, so a question that
/// must never hold them can refuse the answer and say why. It errs towards caution: "Jane Smith",
/// "12/03/2015", "3rd March 2015", "14 Station Road", "12 Heol y Nant" and "CF37 1DL" are all caught; so is any
/// answer of two to five words made only of letters, which is never a reference.
/// </summary>
public static partial class PersonalDetails
{
    private const string Months = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";

    private const string StreetWords =
        "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|terrace|place|pl|gardens|grove|hill|park|square|sq|walk|row|mews|view|rise|parade|green|flat|apartment|house|cottage|farm|" +
        "heol|ffordd|stryd|lon|lôn|rhodfa|teras|cilgant|maes|plas|bryn|cwrt|tŷ|ty";

    [GeneratedRegex(@"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex($@"\b\d{{1,2}}(st|nd|rd|th)?\s+({Months})\b|\b({Months})\s+\d{{1,2}}(st|nd|rd|th)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Postcode();

    [GeneratedRegex($@"\b({StreetWords})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetWord();

    [GeneratedRegex(@"^\p{L}[\p{L}'’\-]*(\s+\p{L}[\p{L}'’\-]*){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    public static PersonalDetail Find(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return PersonalDetail.None;
        }

        if (NumericDate().IsMatch(trimmed) || WordDate().IsMatch(trimmed))
        {
            return PersonalDetail.DateOfBirth;
        }

        if (Postcode().IsMatch(trimmed) || (trimmed.Any(char.IsAsciiDigit) && StreetWord().IsMatch(trimmed)))
        {
            return PersonalDetail.Address;
        }

        return Words().IsMatch(trimmed) ? PersonalDetail.Name : PersonalDetail.None;
    }
}
