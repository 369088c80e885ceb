using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class SwitchingTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions, TestDefinitions.Form);

    [Fact]
    public async Task RespondAsync_OtherTriggerTypedMidDialog_AsksBeforeSwitching()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("form").BotSays(equals: "We're in the middle of the question test. Do you want to stop it and start the form test instead? Your answers so far would be dropped. (yes / no)")
            .User("yes").BotSendsCard(template: "form")
            .Then(() => Assert.Equal("form", Assert.Single(_bot.Stored!.Stack).DialogId));
    }

    [Fact]
    public async Task RespondAsync_SwitchDeclined_CarriesOnWithTheSameQuestion()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays(equals: "Is it OK?")
            .User("form").BotSays(contains: "(yes / no)")
            .User("no").BotSays(equals: "OK, let's carry on.\n\nIs it OK?")
            .User("yes").BotSendsCard(template: "prompt-choice");
    }

    [Fact]
    public async Task RespondAsync_SwitchQuestionIgnored_TreatsTextAsTheAnswer()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("form").BotSays(contains: "(yes / no)")
            .User("Crate").BotSays(equals: "Is it OK?")
            .Then(() => Assert.Equal("Crate", _bot.Answer("name")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_SameTriggerMidDialog_OffersToStartAgain()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("Ask me things").BotSays(contains: "start it again from the beginning")
            .User("yes").BotSays(equals: "What's the label?")
            .Then(() => Assert.Null(_bot.Answer("name")));
    }

    [Fact]
    public async Task RespondAsync_MenuCommandMidDialog_AsksBeforeSwitching()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { command = "questions" }).BotSays(contains: "stop it and start the question test")
            .User("yep").BotSays(equals: "What's the label?");
    }
}
