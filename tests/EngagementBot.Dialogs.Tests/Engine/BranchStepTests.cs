using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class BranchStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Branching);

    [Fact]
    public async Task RespondAsync_ConditionHolds_GoesToGotoStep()
    {
        await _bot.Script()
            .User("branching").BotSays(equals: "Is it risky?")
            .User("yes").BotSays(equals: "Why is it risky?")
            .User("shouting").BotSays(equals: "How many people?")
            .User("4").BotSays(equals: "Last question?")
            .User("no").BotSays(equals: "Branch test finished.");
    }

    [Fact]
    public async Task RespondAsync_ConditionFails_GoesToElseStep()
    {
        await _bot.Script()
            .User("branching").BotSays()
            .User("no").BotSays(equals: "How many people?")
            .User("1").BotSays(equals: "Last question?")
            .User("yes").BotSays(equals: "Branch test finished.");
    }

    [Fact]
    public async Task RespondAsync_CombinedConditionGoingToEnd_EndsTheDialog()
    {
        await _bot.Script()
            .User("branching").BotSays()
            .User("no").BotSays(equals: "How many people?")
            .User("3").BotSays(equals: "Branch test finished.")
            .Then(() => Assert.False(_bot.Stored?.IsActive ?? false));
    }

    [Fact]
    public async Task RespondAsync_BackAcrossABranch_ReturnsToTheQuestionBeforeIt()
    {
        await _bot.Script()
            .User("branching").BotSays()
            .User("no").BotSays(equals: "How many people?")
            .User("back").BotSays(equals: "OK, let's go back.\n\nIs it risky?")
            .User("yes").BotSays(equals: "Why is it risky?");
    }
}
