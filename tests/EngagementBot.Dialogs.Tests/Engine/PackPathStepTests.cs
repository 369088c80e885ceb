using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class PackPathStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.PackPath);

    [Fact]
    public async Task RespondAsync_PackPath_AsksWhatTheGraphSaysAndEndsWhereItEnds()
    {
        await _bot.Script()
            .User("walk").BotSays(equals: "Case reference?")
            .User("SC-0017-3").BotSays(equals: "Let's walk the path.\n\nStart here.").BotSendsCard(template: "prompt-choice", field: "data.question", value: "Are you worried?")
            .User("yes").BotSays(equals: "Think it through.").BotSendsCard(template: "prompt-choice", field: "data.choices[1].value", value: "police")
            .Then(() => Assert.True(_bot.Answer("path.worried")!.Value.GetBoolean()))
            .UserSubmits(new { answer = "police" }).BotSays(equals: "Done: police.").BotSendsCard(template: "summary", check: card =>
                Assert.Equal("Yes", card["data"]!["facts"]![1]!["value"]!.GetValue<string>()));

        Assert.Equal("police", _bot.Paths.LastWalked.GetProperty("which").GetString());
        Assert.Equal("SC-0017-3", _bot.Paths.Requests[0].Answers.GetProperty("ref").GetString());
    }

    [Fact]
    public async Task RespondAsync_PackPathAnswerEndsTheWalk_SaysTheOutcomeAndMovesOn()
    {
        await _bot.Script()
            .User("walk").BotSays()
            .User("SC-0017-3").BotSays().BotSendsCard(template: "prompt-choice")
            .User("no").BotSays(equals: "Nothing to do.").BotSendsCard(template: "summary");

        Assert.Equal(2, _bot.Paths.Requests.Count);
        Assert.False(_bot.Paths.LastWalked.GetProperty("worried").GetBoolean());
    }

    [Fact]
    public async Task RespondAsync_BackInTheWalkThenADifferentAnswer_ForgetsTheLaterQuestion()
    {
        await _bot.Script()
            .User("walk").BotSays()
            .User("SC-0017-3").BotSays().BotSendsCard(template: "prompt-choice")
            .User("yes").BotSays().BotSendsCard(template: "prompt-choice", field: "data.question", value: "What next?")
            .User("back").BotSays().BotSendsCard(template: "prompt-choice", field: "data.question", value: "Are you worried?")
            .User("no").BotSays(equals: "Nothing to do.").BotSendsCard(template: "summary");

        Assert.False(_bot.Paths.LastWalked.TryGetProperty("which", out _));
        Assert.False(_bot.Paths.LastWalked.GetProperty("worried").GetBoolean());
    }
}
