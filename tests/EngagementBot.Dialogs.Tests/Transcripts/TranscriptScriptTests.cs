using EngagementBot.Dialogs.Tests.TestDoubles;
using EngagementBot.Domain.Turns;
using EngagementBot.Testing.Transcripts;
using Moq;

namespace EngagementBot.Dialogs.Tests.Transcripts;

/// <summary>The transcript kit itself: it must fail loudly when the bot does not say what the script says.</summary>
public class TranscriptScriptTests
{
    private static TranscriptScript ScriptReplying(params BotReply[] replies)
    {
        var target = new Mock<ITranscriptTarget>();
        target.Setup(t => t.SendAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>())).ReturnsAsync(replies);
        return new TranscriptScript(target.Object);
    }

    [Fact]
    public async Task BotSays_TextDiffers_FailsWithTheConversation()
    {
        var error = await Assert.ThrowsAsync<TranscriptAssertionException>(async () =>
            await ScriptReplying(BotReply.FromText("Hello there")).User("hi").BotSays(contains: "goodbye"));

        Assert.Contains("Transcript step 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("user: hi", error.Message, StringComparison.Ordinal);
        Assert.Contains("bot: Hello there", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotSays_CardInsteadOfText_Fails() =>
        await Assert.ThrowsAsync<TranscriptAssertionException>(async () =>
            await ScriptReplying(BotReply.FromCard("""{"template":"summary"}""")).User("hi").BotSays());

    [Fact]
    public async Task User_PreviousRepliesNotChecked_Fails()
    {
        var error = await Assert.ThrowsAsync<TranscriptAssertionException>(async () =>
            await ScriptReplying(BotReply.FromText("one"), BotReply.FromText("two")).User("hi").BotSays(equals: "one").User("again"));

        Assert.Contains("not all checked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LastRepliesNotChecked_Fails() =>
        await Assert.ThrowsAsync<TranscriptAssertionException>(async () => await ScriptReplying(BotReply.FromText("one")).User("hi"));

    [Fact]
    public async Task AndMaybeMore_LastRepliesNotChecked_Passes() =>
        await ScriptReplying(BotReply.FromText("one"), BotReply.FromText("two")).User("hi").BotSays(equals: "one").AndMaybeMore();

    [Fact]
    public async Task BotSaysNothing_BotReplied_Fails() =>
        await Assert.ThrowsAsync<TranscriptAssertionException>(async () =>
            await ScriptReplying(BotReply.FromText("one")).User("hi").BotSaysNothing());

    [Fact]
    public async Task BotSendsCard_TemplateFieldAndText_AreChecked()
    {
        var card = BotReply.FromCard("""{"template":"summary","data":{"facts":[{"label":"Case","value":"SC-0017-3 \u2014 open"}]}}""");

        await ScriptReplying(card).User("hi").BotSendsCard(template: "summary", contains: "SC-0017-3 — open", field: "data.facts[0].label", value: "Case");
        await Assert.ThrowsAsync<TranscriptAssertionException>(async () => await ScriptReplying(card).User("hi").BotSendsCard(template: "form"));
        await Assert.ThrowsAsync<TranscriptAssertionException>(async () => await ScriptReplying(card).User("hi").BotSendsCard(field: "data.facts[0].label", value: "Ref"));
        await Assert.ThrowsAsync<TranscriptAssertionException>(async () => await ScriptReplying(card).User("hi").BotSendsCard(field: "data.facts[3]"));
    }

    [Fact]
    public async Task User_TurnsOfOneUser_HaveIncreasingActivityIdsAndSameConversation()
    {
        var inputs = new List<TurnInput>();
        var target = new Mock<ITranscriptTarget>();
        target.Setup(t => t.SendAsync(Capture.In(inputs), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var time = new ManualTimeProvider(EngineHarness.MondayMorning);

        await new TranscriptScript(target.Object, new TranscriptUser(time: time)).User("a").UserSubmits(new { answer = "b" }).User("c");

        Assert.Equal(3, inputs.Select(i => i.ActivityId).Distinct().Count());
        Assert.True(inputs.Select(i => long.Parse(i.ActivityId, System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(inputs.Select(i => long.Parse(i.ActivityId, System.Globalization.CultureInfo.InvariantCulture)).Order()));
        Assert.Single(inputs.Select(i => i.Conversation.Key).Distinct());
        Assert.Equal([TurnKind.Message, TurnKind.CardSubmit, TurnKind.Message], inputs.Select(i => i.Kind));
        Assert.Equal("b", inputs[1].Value!.Value.GetProperty("answer").GetString());
        Assert.All(inputs, i => Assert.Equal(EngineHarness.MondayMorning, i.ReceivedAt));
    }

    [Fact]
    public async Task RunAsync_Twice_Throws()
    {
        var script = ScriptReplying().User("hi").BotSaysNothing();
        await script;

        await Assert.ThrowsAsync<InvalidOperationException>(() => script.RunAsync());
    }
}
