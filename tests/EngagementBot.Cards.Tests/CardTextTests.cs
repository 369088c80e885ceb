namespace EngagementBot.Cards.Tests;

public sealed class CardTextTests
{
    [Fact]
    public void Escape_MarkdownLinksAndMentions_AreNeutralised()
    {
        Assert.Equal(@"\*bold\* \[link\](http://x) \<at\>x\</at\>", CardText.Escape("*bold* [link](http://x) <at>x</at>"));
    }

    [Theory]
    [InlineData("_italic_", @"\_italic\_")]
    [InlineData("**strong**", @"\*\*strong\*\*")]
    [InlineData("~~gone~~ `code`", @"\~\~gone\~\~ \`code\`")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    [InlineData("Tom & Jerry &amp;", @"Tom \& Jerry \&amp;")]
    [InlineData("![img](http://x/a.png)", @"!\[img\](http://x/a.png)")]
    public void Escape_InlineMarkdown_IsBackslashEscaped(string text, string expected)
    {
        Assert.Equal(expected, CardText.Escape(text));
    }

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("  # heading", @"  \# heading")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("12) twelfth", @"12\) twelfth")]
    [InlineData("2024 was hard", "2024 was hard")]
    [InlineData("a - b", "a - b")]
    public void Escape_LineStartMarkers_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, CardText.Escape(text));
    }

    [Fact]
    public void Escape_LineBreaks_BecomeParagraphsAndEachLineIsChecked()
    {
        Assert.Equal("one\n\n\\- two\n\n3\\. three", CardText.Escape("one\r\n- two\r3. three"));
    }

    [Fact]
    public void Escape_QuotesAndTabs_AreKeptAndControlCharactersRemoved()
    {
        Assert.Equal("He said \"stop\"\tthen left", CardText.Escape("He said \"stop\"\tthen left"));
        Assert.Equal("ab", CardText.Escape("a\u0000\u0007\u001bb"));
    }

    [Fact]
    public void Escape_DateFunctionSyntax_IsBroken()
    {
        var escaped = CardText.Escape("{{DATE(2017-02-14T06:00:00Z, SHORT)}}");
        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.StartsWith("{\u200B{DATE", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_PlainText_IsUnchanged()
    {
        Assert.Equal("Visit went well, mum was calm. Next visit Tuesday.", CardText.Escape("Visit went well, mum was calm. Next visit Tuesday."));
    }

    [Fact]
    public void Escape_Null_IsNull()
    {
        Assert.Null(CardText.Escape(null));
    }
}
