using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class MessageStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Message);

    [Fact]
    public async Task RespondAsync_MessageBeforeAQuestion_SaysItWithTheQuestionInOneMessage()
    {
        await _bot.Script()
            .User("message").BotSays(equals: "Which label?")
            .User("Blue").BotSays(equals: "Noted: Blue.\n\nIs that right?");
    }

    [Fact]
    public async Task RespondAsync_MessageAtTheEnd_IsSaidBeforeTheCompletion()
    {
        await _bot.Script()
            .User("message").BotSays()
            .User("Blue").BotSays()
            .User("yes").BotSays(equals: "Good — Blue it is.\n\nFinished.")
            .Then(() => Assert.False(_bot.Stored!.IsActive));
    }

    [Fact]
    public async Task RespondAsync_MessageBeforeACard_IsItsOwnMessageFirst()
    {
        await _bot.Script()
            .User("message").BotSays()
            .User("Blue").BotSays()
            .User("no").BotSays(equals: "Sorry about that.").BotSendsCard(template: "summary");
    }

    [Fact]
    public async Task RespondAsync_BackAfterAMessage_ReturnsToTheQuestionBeforeIt()
    {
        await _bot.Script()
            .User("message").BotSays()
            .User("Blue").BotSays(contains: "Is that right?")
            .User("back").BotSays(equals: "OK, let's go back.\n\nWhich label?")
            .User("Green").BotSays(equals: "Noted: Green.\n\nIs that right?");
    }
}
