using System.Text;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating;

/// <summary>One piece of a template string: literal text or a <c>${…}</c> binding.</summary>
internal readonly record struct StringPart(string? Text, Expr? Expression);

/// <summary>
/// Splits a JSON string of a template into literal text and <c>${…}</c> bindings, as the official
/// engine does: a string without "${" is left alone; otherwise "\$" and "\`" are escapes, a binding
/// runs from "${" to the first "}" outside a quoted string and may not contain a line break, "{" or
/// a backtick (then the "$" is plain text), and a bare backtick is an error.
/// </summary>
internal static class StringTemplate
{
    /// <summary>Returns null when the string has no "${" (a plain literal).</summary>
    public static List<StringPart>? Parse(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = new List<StringPart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`')
            {
                throw new FormatException("a backtick in a string with ${…} must be written \\`");
            }

            if (c == '\\' && i + 1 == text.Length)
            {
                // The engine wraps the string in backticks, so a final backslash escapes the closing one.
                throw new FormatException("a string with ${…} cannot end with a backslash");
            }

            if (c == '\\' && text[i + 1] is '`' or '$')
            {
                literal.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == '$' && i + 1 < text.Length && text[i + 1] == '{' && TryFindBindingEnd(text, i, out var end))
            {
                if (literal.Length > 0)
                {
                    parts.Add(new StringPart(literal.ToString(), null));
                    literal.Clear();
                }

                parts.Add(new StringPart(null, ParseBinding(text[i..(end + 1)])));
                i = end + 1;
                continue;
            }

            literal.Append(c);
            i++;
        }

        if (literal.Length > 0)
        {
            parts.Add(new StringPart(literal.ToString(), null));
        }

        return parts;
    }

    /// <summary>Finds the "}" closing the binding that starts at <paramref name="start"/> ("${").</summary>
    private static bool TryFindBindingEnd(string text, int start, out int end)
    {
        var elements = 0;
        var j = start + 2;
        while (j < text.Length)
        {
            var c = text[j];
            switch (c)
            {
                case '}':
                    end = j;
                    return elements > 0;
                case '\'' or '"':
                    j = SkipQuoted(text, j);
                    if (j < 0)
                    {
                        end = -1;
                        return false;
                    }

                    break;
                case '{':
                    throw new FormatException("object literals inside ${…} are not supported");
                case '\r' or '\n' or '`':
                    end = -1;
                    return false;
                default:
                    j++;
                    break;
            }

            elements++;
        }

        end = -1;
        return false;
    }

    /// <summary>Returns the index after the closing quote, or -1 when the string never closes.</summary>
    private static int SkipQuoted(string text, int start)
    {
        var quote = text[start];
        var j = start + 1;
        while (j < text.Length)
        {
            if (text[j] == '\\' && j + 1 < text.Length && (text[j + 1] == quote || text[j + 1] == '\\'))
            {
                j += 2;
            }
            else if (text[j] == quote)
            {
                return j + 1;
            }
            else
            {
                j++;
            }
        }

        return -1;
    }

    /// <summary>"${ expr }" → expr, trimmed as the engine trims it.</summary>
    private static Expr ParseBinding(string binding)
    {
        var inner = binding[2..^1].Trim();
        return ExpressionParser.Parse(inner);
    }
}
