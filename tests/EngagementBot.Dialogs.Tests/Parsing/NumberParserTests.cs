using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Tests.Parsing;

public class NumberParserTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData(" 7 ", 7)]
    [InlineData("7.", 7)]
    [InlineData("0", 0)]
    [InlineData("-2", -2)]
    [InlineData("42", 42)]
    [InlineData("zero", 0)]
    [InlineData("none", 0)]
    [InlineData("one", 1)]
    [InlineData("three", 3)]
    [InlineData("Three!", 3)]
    [InlineData("eleven", 11)]
    [InlineData("TWENTY", 20)]
    public void Parse_Number_ReturnsValue(string text, int expected) => Assert.Equal(expected, NumberParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("twenty one")]
    [InlineData("2.5")]
    [InlineData("lots")]
    [InlineData("3 people")]
    [InlineData("a")]
    public void Parse_NotAWholeNumber_ReturnsNull(string? text) => Assert.Null(NumberParser.Parse(text));
}
