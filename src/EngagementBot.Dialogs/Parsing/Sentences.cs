namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// Joining words into sentences without doubling or dropping the full stop: pack texts (options,
/// indicators) are sometimes written as sentences and sometimes as phrases.
/// </summary>
public static class Sentences
{
    /// <summary>Whether <paramref name="text"/> already ends as a sentence does (. ! ? or …, spaces ignored).</summary>
    public static bool Ends(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…';

    /// <summary><paramref name="text"/> without trailing spaces, with a full stop added unless it ends a sentence already.</summary>
    public static string Of(string text) => Ends(text) ? text.TrimEnd() : text.TrimEnd() + ".";
}
