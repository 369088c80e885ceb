using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Tests.Parsing;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("It isn't real.", true)]
    [InlineData("Is it real?", true)]
    [InlineData("Stop!", true)]
    [InlineData("and so on…", true)]
    [InlineData("It isn't real.  ", true)]
    [InlineData("Often late", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Ends_Text_TellsWhetherItEndsASentence(string text, bool expected) =>
        Assert.Equal(expected, Sentences.Ends(text));

    [Theory]
    [InlineData("Often late", "Often late.")]
    [InlineData("Often late  ", "Often late.")]
    [InlineData("It isn't real.", "It isn't real.")]
    [InlineData("Is it real? ", "Is it real?")]
    public void Of_Text_EndsWithExactlyOneFullStop(string text, string expected) =>
        Assert.Equal(expected, Sentences.Of(text));
}
