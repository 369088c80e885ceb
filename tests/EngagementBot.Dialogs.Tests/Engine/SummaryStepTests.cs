using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class SummaryStepTests
{
    [Fact]
    public async Task RespondAsync_SummaryWithoutFacts_ListsEveryAnswerByLabel()
    {
        var bot = EngineHarness.With(TestDefinitions.Questions);

        await bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("no").BotSendsCard()
            .UserSubmits(new { answer = "blue" }).BotSays()
            .User("2").BotSays()
            .User("tomorrow 2pm").BotSays()
            .User("yesterday").BotSays()
            .User("SC-0017-3").BotSendsCard(template: "summary", check: card =>
            {
                var facts = card["data"]!["facts"]!.AsArray().Select(f => $"{f!["label"]}: {f["value"]}");
                Assert.Equal(
                    ["Name: Box", "OK: No", "Colour: Dark blue", "Count: 2", "When: Tuesday 24 November, 14:00", "Day: Sunday 22 November", "Reference: SC-0017-3"],
                    facts);
                Assert.Null(card["data"]!["note"]);
            })
            .Then(() => Assert.False(bot.Stored!.IsActive));
    }

    [Fact]
    public async Task RespondAsync_DialogWithoutSummary_EndsWithCompletionText()
    {
        var bot = EngineHarness.With("""
            { "id": "short", "title": "the short one", "triggers": { "utterances": ["short"] }, "steps": [ { "id": "q", "kind": "yesNo", "prompt": "Ready?" } ] }
            """);

        await bot.Script()
            .User("short").BotSays()
            .User("yes").BotSays(equals: "That's the short one done — thank you.");
    }
}
