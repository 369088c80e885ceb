using EngagementBot.Guidance.Risk;

namespace EngagementBot.Guidance.Tests.Risk;

public sealed class PackAnswerTests
{
    [Theory]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public void FromBoolean_Value_YesOrNo(bool value, string expected)
    {
        PackAnswer answer = value;

        Assert.Equal(expected, answer.Value);
    }

    [Fact]
    public void FromString_PaddedText_Trimmed()
    {
        PackAnswer answer = "  mental-health ";

        Assert.Equal("mental-health", answer.Value);
    }

    [Fact]
    public void FromString_SameTextOrMatchingBoolean_EqualAnswers()
    {
        Assert.Equal(PackAnswer.FromString("yes"), PackAnswer.FromBoolean(true));
        Assert.NotEqual(PackAnswer.FromString("no"), PackAnswer.FromBoolean(true));
    }

    [Fact]
    public void FromString_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PackAnswer.FromString(null!));
    }
}
