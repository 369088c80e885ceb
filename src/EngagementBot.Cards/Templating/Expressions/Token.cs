namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>Token kinds of the supported expression grammar.</summary>
internal enum TokenKind
{
    End,
    Identifier,
    Number,
    String,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Dot,
    Comma,
    Not,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

/// <summary>A token: its kind, its text (identifier name, number text or decoded string) and where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position);
