using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class IgnorableStepTests
{
    private const string Offer = """
    {
      "id": "offer",
      "title": "the offer test",
      "triggers": { "utterances": ["offer"] },
      "completion": "All done.",
      "steps": [
        { "id": "name", "kind": "text", "prompt": "Name?" },
        { "id": "share", "kind": "yesNo", "ignorable": true, "prompt": "Share it?" },
        { "id": "thanks", "kind": "message", "text": "Shared: {share}." }
      ]
    }
    """;

    private readonly EngineHarness _bot = EngineHarness.With(Offer);

    [Fact]
    public async Task RespondAsync_IgnorableQuestionAnsweredSomethingElse_EndsTheDialogAndLeavesTheTurnToOthers()
    {
        await _bot.Script()
            .User("offer").BotSays(equals: "Name?")
            .User("Box").BotSays(equals: "Share it?")
            .User("arrived").BotSaysNothing();

        Assert.False(_bot.Stored!.IsActive);
    }

    [Fact]
    public async Task RespondAsync_IgnorableQuestionAnswered_CarriesOnAsUsual()
    {
        await _bot.Script()
            .User("offer").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSays(check: text => Assert.StartsWith("Shared: Yes.", text, StringComparison.Ordinal));

        Assert.False(_bot.Stored!.IsActive);
    }

    [Theory]
    [InlineData("help", "Answer 'yes' or 'no'")]
    [InlineData("back", "Name?")]
    public async Task RespondAsync_IgnorableQuestionGlobalCommand_StillWorks(string command, string expected)
    {
        await _bot.Script()
            .User("offer").BotSays()
            .User("Box").BotSays()
            .User(command).BotSays(contains: expected);

        Assert.True(_bot.Stored!.IsActive);
    }
}
