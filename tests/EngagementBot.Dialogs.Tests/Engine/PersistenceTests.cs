using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class PersistenceTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions, TestDefinitions.Form);

    [Fact]
    public async Task RespondAsync_NewEngineInstanceOverSameStore_ContinuesAtTheSameStep()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays(equals: "Is it OK?")
            .Then(() => _bot.Restart(), "restart")
            .User("yes").BotSendsCard(template: "prompt-choice")
            .Then(() => _bot.Restart(), "restart")
            .User("red").BotSays(equals: "How many?")
            .Then(() => Assert.Equal("Box", _bot.Answer("name")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_RestartInTypedForm_ContinuesAtTheSameField()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .User("typing").BotSays()
            .User("A visit").BotSays(equals: "Is it safe?")
            .Then(() => _bot.Restart(), "restart")
            .User("yes").BotSays(contains: "Size");
    }

    [Fact]
    public async Task RespondAsync_StateSavedWithIncreasingVersions()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .Then(() => Assert.Equal(1, _bot.Version))
            .User("Box").BotSays()
            .Then(() => Assert.Equal(2, _bot.Version));
    }

    [Fact]
    public async Task RespondAsync_TurnNotForDialogs_SavesNothing()
    {
        await _bot.Script().User("hello").BotSaysNothing();

        Assert.Equal(0, _bot.Store.Saves);
    }

    [Fact]
    public async Task RespondAsync_ConcurrentWriteBeforeSave_ReloadsAndRetriesOnce()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .Then(() => _bot.Store.BeforeNextSave(async () =>
            {
                var other = await _bot.SendAsync(_bot.User.Message("Crate"));
                Assert.Equal("Is it OK?", other!.Replies[0].Text);
            }))
            .User("yes").BotSendsCard(template: "prompt-choice")
            .Then(() =>
            {
                Assert.Equal(1, _bot.Store.Conflicts);
                Assert.Equal("Crate", _bot.Answer("name")!.Value.GetString());
                Assert.True(_bot.Answer("ok")!.Value.GetBoolean());
            });
    }

    [Fact]
    public async Task RespondAsync_ConflictTwice_AsksTheUserToSendAgain()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .Then(() =>
            {
                _bot.Store.BeforeNextSave(TouchState);
                _bot.Store.BeforeNextSave(TouchState);
            })
            .User("Box").BotSays(contains: "send your last answer again")
            .Then(() => Assert.Null(_bot.Answer("name")))
            .User("Box").BotSays(equals: "Is it OK?");
    }

    /// <summary>Another writer bumps the stored version.</summary>
    private Task TouchState()
    {
        _bot.Store.Put(_bot.StateKey, _bot.Store.States[_bot.StateKey].Json);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RespondAsync_DefinitionChangedSinceStored_ClearsAndOffersToStartAgain()
    {
        var changed = TestDefinitions.Questions.Replace("Is it OK?", "Is it all right?", StringComparison.Ordinal);

        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays(equals: "Is it OK?")
            .Then(() => _bot.Restart(EngineHarness.Load(changed, TestDefinitions.Form)), "deploy a changed definition")
            .User("yes").BotSays(check: text =>
            {
                Assert.Contains("the question test have been updated", text, StringComparison.Ordinal);
                Assert.Contains("Nothing you told me has been used", text, StringComparison.Ordinal);
                Assert.Contains("start again? (yes / no)", text, StringComparison.Ordinal);
            })
            .Then(() => Assert.False(_bot.Stored!.IsActive))
            .User("yes").BotSays(equals: "What's the label?");
    }

    [Fact]
    public async Task RespondAsync_DefinitionChangedAndUserDeclines_SaysSo()
    {
        var changed = TestDefinitions.Questions.Replace("How many?", "How many now?", StringComparison.Ordinal);

        await _bot.Script()
            .User("questions").BotSays()
            .Then(() => _bot.Restart(EngineHarness.Load(changed)), "deploy a changed definition")
            .User("Box").BotSays(contains: "updated")
            .User("no").BotSays(contains: "I'm here whenever you need me");
    }

    [Fact]
    public async Task RespondAsync_DefinitionChangedAndUserTypesATrigger_StartsAfresh()
    {
        var changed = TestDefinitions.Questions.Replace("How many?", "How many now?", StringComparison.Ordinal);

        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .Then(() => _bot.Restart(EngineHarness.Load(changed, TestDefinitions.Form)), "deploy a changed definition")
            .User("form").BotSays(contains: "starting afresh").BotSendsCard(template: "form");
    }

    [Fact]
    public async Task RespondAsync_StoredDialogNoLongerDefined_ClearsAndSaysSo()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .Then(() => _bot.Restart(EngineHarness.Load(TestDefinitions.Questions)), "remove the form dialog")
            .User("hello").BotSays(contains: "Please start again from the menu")
            .User("yes").BotSaysNothing();
    }

    [Fact]
    public async Task RespondAsync_UnreadableStoredState_SaysItLostTrack()
    {
        _bot.Store.Put(_bot.StateKey, "{ not json");

        await _bot.Script()
            .User("hello").BotSays(contains: "lost track")
            .User("questions").BotSays(equals: "What's the label?");
    }

    [Fact]
    public async Task RespondAsync_UsersInOneConversation_HaveSeparateDialogs()
    {
        var other = new EngagementBot.Testing.Transcripts.TranscriptUser("user-2", _bot.User.Conversation.ConversationId, _bot.Time);

        await _bot.Script().User("questions").BotSays();
        var reply = await _bot.SendAsync(other.Message("Box"));

        Assert.Null(reply);
    }
}
