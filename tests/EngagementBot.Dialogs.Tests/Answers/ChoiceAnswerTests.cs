using EngagementBot.Dialogs.Answers.Kinds;
using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Tests.Answers;

public class ChoiceAnswerTests
{
    private static readonly ChoiceOption[] Venues =
    [
        new() { Value = "home", Title = "Their home", Synonyms = ["house"] },
        new() { Value = "neutral", Title = "A neutral venue" },
        new() { Value = "clinic", Title = "Office or clinic" },
        new() { Value = "other-office", Title = "Another office" },
    ];

    [Theory]
    [InlineData("home", "home")]
    [InlineData("Their home", "home")]
    [InlineData("HOUSE", "home")]
    [InlineData("2", "neutral")]
    [InlineData("three", "clinic")]
    [InlineData("neutral", "neutral")]
    [InlineData("a neutral venue.", "neutral")]
    [InlineData("or clinic", "clinic")]
    public void Match_Text_FindsOption(string text, string expected) => Assert.Equal(expected, ChoiceAnswer.Match(Venues, text)?.Value);

    [Theory]
    [InlineData("office")]
    [InlineData("5")]
    [InlineData("castle")]
    [InlineData("")]
    [InlineData("a")]
    public void Match_AmbiguousOrUnknown_FindsNothing(string text) => Assert.Null(ChoiceAnswer.Match(Venues, text));
}
