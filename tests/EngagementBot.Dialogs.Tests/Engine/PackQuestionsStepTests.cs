using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class PackQuestionsStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Pack);

    public PackQuestionsStepTests() =>
        _bot.Packs.Groups["pre-contact"] =
        [
            new PackQuestion("hostile", "Is there a history of hostility or violence?", AnswerKind.YesNo, Source: "Suffolk 4.2"),
            new PackQuestion("adults", "How many adults live there?", AnswerKind.Number),
            new PackQuestion("venue", "Where will it be?", AnswerKind.Choice, [new ChoiceOption { Value = "home", Title = "Home" }, new ChoiceOption { Value = "office", Title = "Office" }]),
        ];

    [Fact]
    public async Task RespondAsync_PackQuestions_AskedOneByOneAndStoredUnderTheStep()
    {
        await _bot.Script()
            .User("pack").BotSays(equals: "Case reference?")
            .User("SC-0017-3").BotSays(equals: "Now the questions from your procedure.\n\nIs there a history of hostility or violence?")
            .User("yes").BotSays(equals: "How many adults live there?")
            .User("2").BotSendsCard(template: "prompt-choice", field: "data.choices[1].value", value: "office")
            .Then(() =>
            {
                Assert.True(_bot.Answer("pre.hostile")!.Value.GetBoolean());
                Assert.Equal(2, _bot.Answer("pre.adults")!.Value.GetInt32());
            })
            .UserSubmits(new { answer = "home" }).BotSendsCard(template: "summary", check: card =>
            {
                Assert.Equal("SC-0017-3", card["data"]!["facts"]![0]!["value"]!.GetValue<string>());
                Assert.Equal("Yes", card["data"]!["facts"]![1]!["value"]!.GetValue<string>());
            });
    }

    [Fact]
    public async Task RespondAsync_PackQuestions_FetchedOnceWithGroupAndAnswersSoFar()
    {
        await _bot.Script()
            .User("pack").BotSays()
            .User("SC-0017-3").BotSays()
            .User("no").BotSays()
            .User("back").BotSays(contains: "hostility")
            .User("yes").BotSays(contains: "How many adults");

        var request = Assert.Single(_bot.Packs.Requests);
        Assert.Equal("pre-contact", request.Group);
        Assert.Equal("SC-0017-3", request.Answers.GetProperty("ref").GetString());
        Assert.Equal(_bot.User.From, request.User);
    }

    [Fact]
    public async Task RespondAsync_PackHasNoQuestionsForTheGroup_SkipsTheStep()
    {
        _bot.Packs.Groups.Clear();

        await _bot.Script()
            .User("pack").BotSays()
            .User("SC-0017-3").BotSendsCard(template: "summary");
    }
}
