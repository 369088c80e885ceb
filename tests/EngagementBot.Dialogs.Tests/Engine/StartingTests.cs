using System.Text.Json;
using EngagementBot.Dialogs.Tests.TestDoubles;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Tests.Engine;

public class StartingTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions);

    [Theory]
    [InlineData("questions")]
    [InlineData("Questions!")]
    [InlineData("  ask me THINGS. ")]
    public async Task RespondAsync_TriggerUtterance_StartsTheDialog(string text)
    {
        await _bot.Script().User(text).BotSays(equals: "What's the label?");
    }

    [Theory]
    [InlineData("questions")]
    [InlineData("QUESTIONS")]
    public async Task RespondAsync_MenuCommand_StartsTheDialog(string command)
    {
        await _bot.Script().UserSubmits(new { command }).BotSays(equals: "What's the label?");
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("questions please")]
    [InlineData("yes")]
    public async Task RespondAsync_UnknownTextWithNoDialog_IsNotHandled(string text)
    {
        var outcome = await _bot.SendAsync(_bot.User.Message(text));

        Assert.Null(outcome);
    }

    [Fact]
    public async Task RespondAsync_UnknownCommandOrPlainSubmit_IsNotHandled()
    {
        Assert.Null(await _bot.SendAsync(_bot.User.Submit(new { command = "menu" })));
        Assert.Null(await _bot.SendAsync(_bot.User.Submit(new { answer = "yes" })));
    }

    [Fact]
    public async Task RespondAsync_InstalledOrCardAction_IsNotHandled()
    {
        Assert.Null(await _bot.SendAsync(_bot.User.Installed()));
        var action = _bot.User.Submit(new { command = "questions" }) with { Kind = TurnKind.CardAction };
        Assert.Null(await _bot.SendAsync(action));
    }

    [Fact]
    public async Task RespondAsync_Started_StoresOneFrameWithDefinitionVersion()
    {
        await _bot.Script().User("questions").BotSays();

        var frame = Assert.Single(_bot.Stored!.Stack);
        Assert.Equal("questions", frame.DialogId);
        Assert.Equal(_bot.Catalog.Get("questions").Version, frame.Version);
        Assert.Matches("^[0-9a-f]{64}$", frame.Version);
        Assert.Equal(0, frame.Step);
    }

    [Fact]
    public async Task RespondAsync_StoredStateKey_IsConversationKeyAndUserId()
    {
        await _bot.Script().User("questions").BotSays();

        Assert.Equal($"msteams|conversation-1|user-1", Assert.Single(_bot.Store.States.Keys));
    }

    [Fact]
    public async Task RespondAsync_StoredState_HoldsNoPromptTextOnlyAnswers()
    {
        await _bot.Script().User("questions").BotSays().User("Box").BotSays();

        using var stored = JsonDocument.Parse(_bot.Store.States[_bot.StateKey].Json);
        Assert.DoesNotContain("What's the label", stored.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
