using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Tests.Templating.Expressions;

public sealed class JsTextTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(3d, "3")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5, "1.5")]
    [InlineData(100d, "100")]
    [InlineData(123456789012d, "123456789012")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.25e-7, "1.25e-7")]
    [InlineData(1d / 3, "0.3333333333333333")]
    [InlineData(9007199254740993d, "9007199254740992")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FormatNumber_Value_MatchesJavaScript(double value, string expected)
    {
        Assert.Equal(expected, JsText.FormatNumber(value));
    }

    [Fact]
    public void FormatNumber_NegativeZero_IsZero()
    {
        Assert.Equal("0", JsText.FormatNumber(-0d));
    }
}
