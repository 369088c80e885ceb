namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// Splits the text inside <c>${…}</c> into tokens. Follows the adaptive-expressions lexer for what
/// it accepts (identifiers may start with a letter, '_' or '$'; numbers are digits with an optional
/// fraction; strings use single or double quotes) and rejects every other operator.
/// </summary>
internal static class ExpressionLexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n' or '\ufeff' or '\u00a0')
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiLetter(c) || c is '_' or '$')
            {
                i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i);
                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
                continue;
            }

            if (c is '\'' or '"')
            {
                i = ReadString(text, i, out var decoded);
                tokens.Add(new Token(TokenKind.String, decoded, start));
                continue;
            }

            var (kind, length) = ReadOperator(text, i);
            tokens.Add(new Token(kind, text.Substring(i, length), start));
            i += length;
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// A quoted string. Backslash-quote and backslash-backslash do not end it. Decoding follows the
    /// engine: first \' (or \") becomes the quote, then \r \n \t \\ become their characters and any
    /// other backslash sequence stays as written.
    /// </summary>
    private static int ReadString(string text, int i, out string decoded)
    {
        var quote = text[i];
        var j = i + 1;
        while (j < text.Length && text[j] != quote)
        {
            j += text[j] == '\\' && j + 1 < text.Length && (text[j + 1] == quote || text[j + 1] == '\\') ? 2 : 1;
        }

        if (j >= text.Length)
        {
            throw new FormatException("a string literal is not closed");
        }

        var body = text[(i + 1)..j].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        decoded = DecodeEscapes(body);
        return j + 1;
    }

    private static string DecodeEscapes(string body)
    {
        if (!body.Contains('\\', StringComparison.Ordinal))
        {
            return body;
        }

        var builder = new System.Text.StringBuilder(body.Length);
        for (var k = 0; k < body.Length; k++)
        {
            if (body[k] != '\\' || k + 1 >= body.Length || body[k + 1] is '\r' or '\n')
            {
                builder.Append(body[k]);
                continue;
            }

            var next = body[k + 1];
            builder.Append(next switch
            {
                'r' => "\r",
                'n' => "\n",
                't' => "\t",
                '\\' => "\\",
                _ => "\\" + next,
            });
            k++;
        }

        return builder.ToString();
    }

    private static (TokenKind Kind, int Length) ReadOperator(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return c switch
        {
            '(' => (TokenKind.OpenParen, 1),
            ')' => (TokenKind.CloseParen, 1),
            '[' => (TokenKind.OpenBracket, 1),
            ']' => (TokenKind.CloseBracket, 1),
            '.' => (TokenKind.Dot, 1),
            ',' => (TokenKind.Comma, 1),
            '!' when next == '=' => (TokenKind.NotEqual, 2),
            '!' => (TokenKind.Not, 1),
            '=' when next == '=' => (TokenKind.Equal, 2),
            '<' when next == '=' => (TokenKind.LessOrEqual, 2),
            '<' when next != '>' => (TokenKind.Less, 1),
            '>' when next == '=' => (TokenKind.GreaterOrEqual, 2),
            '>' => (TokenKind.Greater, 1),
            '&' when next == '&' => (TokenKind.And, 2),
            '|' when next == '|' => (TokenKind.Or, 2),
            _ => throw new FormatException($"'{c}' at position {i} is not supported (see cards/README.md for the supported subset)"),
        };
    }
}
