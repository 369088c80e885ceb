using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class InterruptionTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions, TestDefinitions.Form);

    [Theory]
    [InlineData("cancel")]
    [InlineData("Stop!")]
    [InlineData("never mind")]
    public async Task RespondAsync_Cancel_EndsEverythingKindly(string cancel)
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays(equals: "Is it OK?")
            .User(cancel).BotSays(equals: "OK — I've stopped the question test. Whenever you're ready, you can start again from the menu.")
            .User("yes").BotSaysNothing()
            .Then(() => Assert.False(_bot.Stored!.IsActive));
    }

    [Fact]
    public async Task RespondAsync_CancelFromCardCommand_EndsEverything()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .UserSubmits(new { command = "cancel" }).BotSays(contains: "stopped");
    }

    [Fact]
    public async Task RespondAsync_CancelWithNothingActive_SaysThereIsNothingToCancel()
    {
        await _bot.Script().User("cancel").BotSays(contains: "nothing in progress");
    }

    [Fact]
    public async Task RespondAsync_Help_ExplainsTheQuestionAndStaysOnIt()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("help").BotSays(check: text =>
            {
                Assert.StartsWith("A short label. Type your answer in your own words.", text, StringComparison.Ordinal);
                Assert.Contains("'back'", text, StringComparison.Ordinal);
                Assert.Contains("'cancel'", text, StringComparison.Ordinal);
                Assert.Contains("SOS", text, StringComparison.Ordinal);
                Assert.EndsWith("The question was: What's the label?", text, StringComparison.Ordinal);
            })
            .User("Box").BotSays(equals: "Is it OK?");
    }

    [Fact]
    public async Task RespondAsync_HelpOnDateQuestion_GivesExamples()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard()
            .User("red").BotSays()
            .User("2").BotSays(equals: "When for Box?")
            .User("help").BotSays(contains: "'tomorrow 2pm'")
            .User("tomorrow 2pm").BotSays(contains: "Which day?");
    }

    [Fact]
    public async Task RespondAsync_HelpOnFormCard_ExplainsTheCardAndTheTypedWay()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .User("help").BotSays(check: text =>
            {
                Assert.Contains("Tell me the details.", text, StringComparison.Ordinal);
                Assert.Contains("press 'Save'", text, StringComparison.Ordinal);
                Assert.Contains("type anything", text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task RespondAsync_Help_DoesNotCountAsAFailedAttempt()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("maybe").BotSays()
            .User("help").BotSays()
            .User("perhaps").BotSays(equals: "I didn't catch a yes or no — please answer 'yes' or 'no'.");
    }

    [Fact]
    public async Task RespondAsync_Back_ReturnsToPreviousQuestionAndClearsItsAnswer()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard()
            .User("go back").BotSays(equals: "OK, let's go back.\n\nIs it OK?")
            .Then(() =>
            {
                Assert.Null(_bot.Answer("ok"));
                Assert.Equal("Box", _bot.Answer("name")!.Value.GetString());
            })
            .User("back").BotSays(equals: "OK, let's go back.\n\nWhat's the label?")
            .Then(() => Assert.Null(_bot.Answer("name")))
            .User("Crate").BotSays(equals: "Is it OK?");
    }

    [Fact]
    public async Task RespondAsync_BackAtFirstQuestion_SaysSoAndAsksAgain()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("back").BotSays(equals: "This is the first question, so there's nothing to go back to.\n\nWhat's the label?");
    }

    [Fact]
    public async Task RespondAsync_BackToAQuestionAskedWithACard_SendsTheCardAgain()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard()
            .User("red").BotSays(equals: "How many?")
            .User("back").BotSays(equals: "OK, let's go back.").BotSendsCard(template: "prompt-choice");
    }

    [Fact]
    public async Task RespondAsync_BackInsideTypedForm_GoesToThePreviousField()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .User("typing").BotSays(contains: "What is it?")
            .User("A visit").BotSays(equals: "Is it safe?")
            .User("back").BotSays(equals: "OK, let's go back.\n\nWhat is it?")
            .Then(() => Assert.False(_bot.Answer("details")!.Value.TryGetProperty("what", out _)));
    }

    [Fact]
    public async Task RespondAsync_SkipRequiredQuestion_SaysItIsNeeded()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("skip").BotSays(equals: "This one's needed, so I can't skip it. Type your answer in your own words.");
    }

    [Fact]
    public async Task RespondAsync_HelpBackSkipWithNothingActive_AreNotHandled()
    {
        await _bot.Script()
            .User("help").BotSaysNothing()
            .User("back").BotSaysNothing()
            .User("skip").BotSaysNothing();
    }
}
