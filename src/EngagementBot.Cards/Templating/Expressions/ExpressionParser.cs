using System.Globalization;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// Parses the supported expression subset, with the precedence of adaptive-expressions (note that
/// equality binds tighter than ordering there):
/// <code>
/// or       := and ( "||" and )*
/// and      := ordering ( "&amp;&amp;" ordering )*
/// ordering := equality ( ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) equality )*
/// equality := unary ( ( "==" | "!=" ) unary )*
/// unary    := "!" unary | primary
/// primary  := literal | "(" or ")" | function "(" args ")" | path
/// path     := identifier ( "." identifier | "[" or "]" )*
/// literal  := number | 'text' | "text" | true | false | null | undefined
/// function := if | count | empty | exists | join
/// </code>
/// Paths start at <c>$root</c>, <c>$data</c>, <c>$index</c> or a property name of <c>$data</c>.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private int _position;

    private ExpressionParser(List<Token> tokens) => _tokens = tokens;

    private Token Current => _tokens[_position];

    /// <summary>Parses an expression; throws <see cref="FormatException"/> for anything outside the subset.</summary>
    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(ExpressionLexer.Tokenize(text));
        if (parser.Current.Kind == TokenKind.End)
        {
            throw new FormatException("the expression is empty");
        }

        var expression = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected();
        }

        return expression;
    }

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (Accept(TokenKind.Or))
        {
            left = new OrExpr(left, ParseAnd());
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseOrdering();
        while (Accept(TokenKind.And))
        {
            left = new AndExpr(left, ParseOrdering());
        }

        return left;
    }

    private Expr ParseOrdering()
    {
        var left = ParseEquality();
        while (true)
        {
            Ordering ordering;
            switch (Current.Kind)
            {
                case TokenKind.Less: ordering = Ordering.Less; break;
                case TokenKind.LessOrEqual: ordering = Ordering.LessOrEqual; break;
                case TokenKind.Greater: ordering = Ordering.Greater; break;
                case TokenKind.GreaterOrEqual: ordering = Ordering.GreaterOrEqual; break;
                default: return left;
            }

            _position++;
            left = new OrderingExpr(left, ParseEquality(), ordering);
        }
    }

    private Expr ParseEquality()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Equal or TokenKind.NotEqual)
        {
            var negate = Current.Kind == TokenKind.NotEqual;
            _position++;
            left = new EqualityExpr(left, ParseUnary(), negate);
        }

        return left;
    }

    private Expr ParseUnary() => Accept(TokenKind.Not) ? new NotExpr(ParseUnary()) : ParsePrimary();

    private Expr ParsePrimary()
    {
        var token = Current;
        _position++;
        Expr primary;
        switch (token.Kind)
        {
            case TokenKind.Number:
                primary = new ConstantExpr(Value.FromNumber(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
                break;
            case TokenKind.String:
                primary = new ConstantExpr(Value.FromString(token.Text));
                break;
            case TokenKind.OpenParen:
                primary = ParseOr();
                Expect(TokenKind.CloseParen);
                break;
            case TokenKind.Identifier when Current.Kind == TokenKind.OpenParen:
                primary = ParseCall(token);
                break;
            case TokenKind.Identifier:
                return ParsePath(token);
            default:
                _position--;
                throw Unexpected();
        }

        if (Current.Kind is TokenKind.Dot or TokenKind.OpenBracket)
        {
            throw new FormatException($"only a property path can be followed by '{Current.Text}' (position {Current.Position})");
        }

        return primary;
    }

    private Expr ParsePath(Token first)
    {
        Expr? literal = first.Text switch
        {
            "true" => new ConstantExpr(Value.True),
            "false" => new ConstantExpr(Value.False),
            "null" => new ConstantExpr(Value.Null),
            "undefined" => new ConstantExpr(Value.Undefined),
            _ => null,
        };
        if (literal is not null)
        {
            if (Current.Kind is TokenKind.Dot or TokenKind.OpenBracket)
            {
                throw new FormatException($"'{first.Text}' cannot be followed by '{Current.Text}'");
            }

            return literal;
        }

        if (first.Text.StartsWith('$') && !IsScopeVariable(first.Text))
        {
            throw new FormatException($"'{first.Text}' is not supported; paths start at $root, $data, $index or a property name");
        }

        Expr path = new AccessorExpr(null, first.Text);
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                var name = Current;
                Expect(TokenKind.Identifier);
                path = new AccessorExpr(path, name.Text);
            }
            else if (Accept(TokenKind.OpenBracket))
            {
                var index = ParseOr();
                Expect(TokenKind.CloseBracket);
                path = new ElementExpr(path, index);
            }
            else
            {
                return path;
            }
        }
    }

    private Expr ParseCall(Token name)
    {
        Expect(TokenKind.OpenParen);
        var arguments = new List<Expr>();
        if (!Accept(TokenKind.CloseParen))
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (Accept(TokenKind.Comma));
            Expect(TokenKind.CloseParen);
        }

        return (name.Text, arguments.Count) switch
        {
            ("if", 3) => new IfExpr(arguments[0], arguments[1], arguments[2]),
            ("count", 1) => new CountExpr(arguments[0]),
            ("empty", 1) => new EmptyExpr(arguments[0]),
            ("exists", 1) => new ExistsExpr(arguments[0]),
            ("join", 2) => new JoinExpr(arguments[0], arguments[1], null),
            ("join", 3) => new JoinExpr(arguments[0], arguments[1], arguments[2]),
            ("if" or "count" or "empty" or "exists" or "join", _) =>
                throw new FormatException($"{name.Text}() does not take {arguments.Count} argument(s)"),
            _ => throw new FormatException($"function '{name.Text}' is not supported (supported: if, count, empty, exists, join)"),
        };
    }

    private static bool IsScopeVariable(string name) =>
        name.Equals("$root", StringComparison.OrdinalIgnoreCase)
        || name.Equals("$data", StringComparison.OrdinalIgnoreCase)
        || name.Equals("$index", StringComparison.OrdinalIgnoreCase);

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (!Accept(kind))
        {
            throw Unexpected();
        }
    }

    private FormatException Unexpected() => Current.Kind == TokenKind.End
        ? new FormatException("the expression ends too early")
        : new FormatException($"unexpected '{Current.Text}' at position {Current.Position}");
}
