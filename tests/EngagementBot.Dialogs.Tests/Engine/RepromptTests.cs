using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class RepromptTests
{
    private const string TwoTries = """
    {
      "id": "tries",
      "title": "the tries test",
      "maxAttempts": 2,
      "triggers": { "utterances": ["tries"] },
      "steps": [
        { "id": "first", "kind": "text", "prompt": "First?" },
        { "id": "when", "kind": "dateTime", "prompt": "When?", "constraint": "future" },
        { "id": "extra", "kind": "number", "prompt": "How many extra?", "required": false },
        { "id": "last", "kind": "yesNo", "prompt": "Last?" }
      ]
    }
    """;

    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions, TwoTries);

    [Fact]
    public async Task RespondAsync_DefaultMaxAttemptsReached_OffersAWayOutAndKeepsAnswers()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("maybe").BotSays(equals: "I didn't catch a yes or no — please answer 'yes' or 'no'.")
            .User("dunno").BotSays(equals: "I didn't catch a yes or no — please answer 'yes' or 'no'.")
            .User("hmm").BotSays(check: text =>
            {
                Assert.StartsWith("I didn't catch a yes or no", text, StringComparison.Ordinal);
                Assert.Contains("that's my fault, not yours", text, StringComparison.Ordinal);
                Assert.Contains("'cancel'", text, StringComparison.Ordinal);
                Assert.Contains("Nothing you've told me so far is lost", text, StringComparison.Ordinal);
                Assert.DoesNotContain("'skip'", text, StringComparison.Ordinal);
            })
            .Then(() =>
            {
                Assert.Equal("Box", _bot.Answer("name")!.Value.GetString());
                Assert.Equal(0, _bot.Stored!.Top!.Attempts);
            })
            .User("yes").BotSendsCard();
    }

    [Fact]
    public async Task RespondAsync_DefinitionMaxAttempts_IsUsed()
    {
        await _bot.Script()
            .User("tries").BotSays()
            .User("x").BotSays(equals: "When?")
            .User("whenever").BotSays(contains: "I didn't catch a time")
            .User("at some point").BotSays(contains: "I'm struggling");
    }

    [Fact]
    public async Task RespondAsync_OptionalQuestionAtMaxAttempts_OffersSkip()
    {
        await _bot.Script()
            .User("tries").BotSays()
            .User("x").BotSays()
            .User("tomorrow 9am").BotSays(contains: "How many extra?")
            .User("loads").BotSays(contains: "I didn't catch a number")
            .User("many").BotSays(contains: "You can say 'skip'")
            .User("skip").BotSays(equals: "OK, I've left that one blank.\n\nLast?")
            .Then(() => Assert.Null(_bot.Answer("extra")))
            .User("back").BotSays(contains: "How many extra?")
            .User("2").BotSays(equals: "Last?");
    }

    [Fact]
    public async Task RespondAsync_AcceptedAnswer_ResetsAttempts()
    {
        await _bot.Script()
            .User("tries").BotSays()
            .User("x").BotSays()
            .User("whenever").BotSays(contains: "I didn't catch a time")
            .User("tomorrow 9am").BotSays(contains: "How many extra?")
            .User("loads").BotSays(check: text => Assert.DoesNotContain("struggling", text, StringComparison.Ordinal));
    }
}
