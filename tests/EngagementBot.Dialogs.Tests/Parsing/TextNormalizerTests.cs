using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Tests.Parsing;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Plan a Visit!", "plan a visit")]
    [InlineData("  I'm   in danger ", "im in danger")]
    [InlineData("I\u2019m in danger", "im in danger")]
    [InlineData("not-really...", "not really")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ForMatching_Text_LowersAndStripsPunctuation(string? text, string expected) =>
        Assert.Equal(expected, TextNormalizer.ForMatching(text));
}
