using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.Tests.TestDoubles;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Tests.Engine;

public class ActionStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Action);

    private FakeDialogAction Assess(string level)
    {
        var action = new FakeDialogAction("assess", _ => new DialogActionResult(
            JsonSerializer.SerializeToElement(new { level }),
            [BotReply.FromText($"Risk level: {level}.")]));
        _bot.Actions.Add(action);
        return action;
    }

    [Fact]
    public async Task RespondAsync_ActionStep_RunsActionWithAnswersAndArguments()
    {
        var action = Assess("high");

        await _bot.Script()
            .User("action").BotSays(equals: "Any hostility?")
            .User("yes").BotSays(equals: "Risk level: high.").BotSays(equals: "Who goes with you?");

        var call = Assert.Single(action.Calls);
        Assert.Equal("action", call.DialogId);
        Assert.Equal("assess", call.StepId);
        Assert.True(call.Answers.GetProperty("hostile").GetBoolean());
        Assert.Equal("three", call.Arguments!.Value.GetProperty("scale").GetString());
        Assert.Equal(EngineHarness.MondayMorning, call.Now);
        Assert.False(string.IsNullOrEmpty(call.InstanceId));
    }

    [Fact]
    public async Task RespondAsync_ActionOutput_IsStoredAndBranchedOn()
    {
        Assess("low");

        await _bot.Script()
            .User("action").BotSays()
            .User("no").BotSays(equals: "Risk level: low.").BotSays(equals: "Going alone then?")
            .Then(() => Assert.Equal("low", _bot.Answer("assess.level")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_ActionNotRegistered_ApologisesAndEnds()
    {
        await _bot.Script()
            .User("action").BotSays()
            .User("no").BotSays(contains: "can't finish the action test")
            .Then(() => Assert.False(_bot.Stored!.IsActive));
    }
}
