using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class BeginDialogStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Parent, TestDefinitions.Child);

    [Fact]
    public async Task RespondAsync_ChildDialog_RunsAndReturnsItsAnswersToTheParent()
    {
        await _bot.Script()
            .User("parent").BotSays(equals: "Parent first?")
            .User("one").BotSays(equals: "Child first?")
            .Then(() => Assert.Equal(["parent", "child"], _bot.Stored!.Stack.Select(f => f.DialogId)))
            .User("two").BotSays(equals: "Child second?")
            .User("yes").BotSays(equals: "Parent second?")
            .Then(() =>
            {
                Assert.Single(_bot.Stored!.Stack);
                Assert.Equal("two", _bot.Answer("kid.c1")!.Value.GetString());
                Assert.True(_bot.Answer("kid.c2")!.Value.GetBoolean());
            })
            .User("no").BotSendsCard(template: "summary", check: card =>
            {
                Assert.Equal("two", card["data"]!["facts"]![0]!["value"]!.GetValue<string>());
                Assert.Equal("Yes", card["data"]!["facts"]![1]!["value"]!.GetValue<string>());
            });
    }

    [Fact]
    public async Task RespondAsync_BackFromChildsFirstQuestion_GoesBackInTheParent()
    {
        await _bot.Script()
            .User("parent").BotSays()
            .User("one").BotSays(equals: "Child first?")
            .User("back").BotSays(equals: "OK, let's go back.\n\nParent first?")
            .Then(() => Assert.Single(_bot.Stored!.Stack))
            .User("uno").BotSays(equals: "Child first?");
    }

    [Fact]
    public async Task RespondAsync_BackAfterChildFinished_RestartsTheChild()
    {
        await _bot.Script()
            .User("parent").BotSays()
            .User("one").BotSays()
            .User("two").BotSays()
            .User("yes").BotSays(equals: "Parent second?")
            .User("back").BotSays(equals: "OK, let's go back.\n\nChild first?")
            .Then(() => Assert.False(_bot.Stored!.Stack[0].Answers.ContainsKey("kid")));
    }

    [Fact]
    public async Task RespondAsync_CancelInChild_EndsParentToo()
    {
        await _bot.Script()
            .User("parent").BotSays()
            .User("one").BotSays()
            .User("cancel").BotSays(contains: "stopped the parent test")
            .Then(() => Assert.False(_bot.Stored!.IsActive));
    }
}
