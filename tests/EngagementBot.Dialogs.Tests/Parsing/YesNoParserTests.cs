using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Tests.Parsing;

public class YesNoParserTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes")]
    [InlineData("YES!")]
    [InlineData("y")]
    [InlineData("Y.")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("OK.")]
    [InlineData("okay")]
    [InlineData("correct")]
    [InlineData("aye")]
    [InlineData("  yes please ")]
    [InlineData("true")]
    public void Parse_Affirmative_ReturnsTrue(string text) => Assert.True(YesNoParser.Parse(text));

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("n")]
    [InlineData("N")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("Not really...")]
    [InlineData("no thanks")]
    [InlineData("false")]
    public void Parse_Negative_ReturnsFalse(string text) => Assert.False(YesNoParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("maybe")]
    [InlineData("banana")]
    [InlineData("yes no")]
    [InlineData("not sure")]
    [InlineData("yesterday")]
    public void Parse_Unclear_ReturnsNull(string? text) => Assert.Null(YesNoParser.Parse(text));
}
