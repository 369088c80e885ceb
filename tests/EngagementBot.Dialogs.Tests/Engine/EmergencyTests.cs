using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class EmergencyTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions, TestDefinitions.Form);

    [Theory]
    [InlineData("I need help")]
    [InlineData("SOS")]
    [InlineData("sos!")]
    [InlineData("help me")]
    [InlineData("HELP ME!!")]
    [InlineData("please help")]
    [InlineData("I'm in danger")]
    public async Task RespondAsync_AlarmWithNoDialog_CallsEmergencyHandler(string text)
    {
        await _bot.Script().User(text).BotSays(equals: RecordingEmergencyHandler.Reply);

        var request = Assert.Single(_bot.Emergency.Requests);
        Assert.Null(request.ActiveDialogId);
        Assert.Equal(text, request.Turn.Text);
    }

    [Fact]
    public async Task RespondAsync_AlarmFromCardCommand_CallsEmergencyHandler()
    {
        await _bot.Script().UserSubmits(new { command = "sos" }).BotSays(equals: RecordingEmergencyHandler.Reply);

        Assert.Single(_bot.Emergency.Requests);
    }

    [Fact]
    public async Task RespondAsync_AlarmWhileFormCardPending_TakesPrecedenceAndLeavesTheFormWhereItWas()
    {
        long version = 0;
        await _bot.Script()
            .User("form").BotSendsCard(template: "form")
            .Then(() => version = _bot.Version)
            .User("I need help").BotSays(equals: RecordingEmergencyHandler.Reply)
            .Then(() =>
            {
                Assert.Equal(version, _bot.Version);
                var request = Assert.Single(_bot.Emergency.Requests);
                Assert.Equal("form", request.ActiveDialogId);
                Assert.Equal("details", request.ActiveStepId);
            })
            .UserSubmits(new { what = "Visit", safe = "true", size = "s", people = "1", on = "2026-11-25", at = "10:00" }).BotSays(equals: "All done?");
    }

    [Fact]
    public async Task RespondAsync_AlarmWhileTypingAFormFieldByField_ContinuesAtTheSameField()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .User("typing").BotSays(contains: "What is it?")
            .User("A visit").BotSays(equals: "Is it safe?")
            .User("sos").BotSays(equals: RecordingEmergencyHandler.Reply)
            .User("yes").BotSays(contains: "Size");
    }

    [Fact]
    public async Task RespondAsync_AlarmDuringReprompt_KeepsAttemptsAndQuestion()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays(equals: "Is it OK?")
            .User("maybe").BotSays(contains: "yes or no")
            .User("maybe not").BotSays(contains: "yes or no")
            .User("help me").BotSays(equals: RecordingEmergencyHandler.Reply)
            .Then(() => Assert.Equal(2, _bot.Stored!.Top!.Attempts))
            .User("yes").BotSendsCard(template: "prompt-choice");
    }

    [Fact]
    public async Task RespondAsync_AlarmWhileAskedToSwitchDialogs_StillRaisesIt()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("form").BotSays(contains: "(yes / no)")
            .User("SOS").BotSays(equals: RecordingEmergencyHandler.Reply);
    }

    [Fact]
    public async Task RespondAsync_AlarmWhenStoreFails_StillRaisesIt()
    {
        _bot.Store.FailReads = true;

        await _bot.Script().User("I need help").BotSays(equals: RecordingEmergencyHandler.Reply);

        Assert.Single(_bot.Emergency.Requests);
    }

    [Fact]
    public async Task RespondAsync_HelpAlone_IsNotAnAlarm()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("help").BotSays(contains: "The question was");

        Assert.Empty(_bot.Emergency.Requests);
    }
}
