namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// en-GB yes/no answers, ignoring case and punctuation ("Yep!", "not really."). Anything else is
/// not understood rather than guessed.
/// </summary>
public static class YesNoParser
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "yep", "yup", "aye", "sure", "ok", "okay", "correct", "true",
        "yes please", "yes it is", "yes i do", "yes they are", "definitely", "absolutely", "of course", "that is right", "thats right",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not really", "false", "no thanks", "no thank you", "no it isnt", "no i dont",
        "not at all", "definitely not", "never",
    };

    public static bool? Parse(string? text)
    {
        var normalized = TextNormalizer.ForMatching(text);
        return Yes.Contains(normalized) ? true : No.Contains(normalized) ? false : null;
    }
}
