using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace EngagementBot.Cards;

/// <summary>
/// Makes text that came from a person safe to show in a card. Apply it to every user-supplied value
/// before binding it into a TextBlock or FactSet (both render markdown). JSON itself cannot break:
/// values are written by System.Text.Json.
/// </summary>
public static class CardText
{
    /// <summary>
    /// Escapes <paramref name="text"/> so it shows literally:
    /// <list type="bullet">
    /// <item>markdown that Adaptive Cards renders (bold/italic <c>* _</c>, links <c>[text](url)</c>,
    /// code and strike-through <c>` ~</c>) and the characters HTML-aware hosts act on
    /// (<c>&lt; &gt; &amp;</c>, so <c>&lt;at&gt;</c> mentions and entities stay text) get a CommonMark
    /// backslash escape, as does the backslash itself;</item>
    /// <item>line starts that would begin a list, quote or heading (<c>- + # = &gt;</c>, <c>1.</c>,
    /// <c>1)</c>) are escaped;</item>
    /// <item>"{{" gets a zero-width space so a DATE()/TIME() function cannot be injected;</item>
    /// <item>line breaks become a blank line (markdown joins single line breaks), other control
    /// characters are removed.</item>
    /// </list>
    /// Null stays null.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Escape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append("\n\n");
                lineStart = true;
                continue;
            }

            if (char.IsControl(c) && c != '\t')
            {
                continue;
            }

            if (lineStart)
            {
                if (c is ' ' or '\t')
                {
                    builder.Append(c);
                    continue;
                }

                lineStart = false;
                if (c is '-' or '+' or '#' or '=' or '>' or '|')
                {
                    builder.Append('\\').Append(c);
                    continue;
                }

                if (char.IsAsciiDigit(c))
                {
                    i = AppendListNumber(builder, text, i);
                    continue;
                }
            }

            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '`' or '~' or '<' or '>' or '&':
                    builder.Append('\\').Append(c);
                    break;
                case '{' when i + 1 < text.Length && text[i + 1] == '{':
                    builder.Append("{\u200B");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Copies the digits at a line start, escaping a following "." or ")" (an ordered list marker).</summary>
    private static int AppendListNumber(StringBuilder builder, string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            builder.Append(text[i]);
            i++;
        }

        if (i < text.Length && text[i] is '.' or ')')
        {
            builder.Append('\\').Append(text[i]);
            return i;
        }

        return i - 1;
    }
}
