using System.Text;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// Puts typed text in the form phrases are compared in: lower case, apostrophes dropped
/// ("I'm" → "im"), every other non-letter/digit a space, spaces collapsed.
/// </summary>
public static class TextNormalizer
{
    public static string ForMatching(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
