using EngagementBot.Cards;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Emergency;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Host.Turns;
using EngagementBot.Testing.Transcripts;
using EngagementBot.Testing.Transcripts.Scripts;

namespace EngagementBot.Host.Tests.Turns;

/// <summary>
/// The demo dialog's shared transcripts, and the host's own promises, through the real turn
/// pipeline: Teams-shaped activities in, de-duplication and storage in SQLite, the real card
/// templates, replies captured where the connector would send them.
/// </summary>
public sealed class DemoDialogPipelineTranscriptTests : IAsyncLifetime
{
    private PipelineTarget _bot = null!;

    public async Task InitializeAsync() => _bot = await PipelineTarget.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private TranscriptScript Script() => new(_bot);

    [Fact]
    public async Task DemoTranscript_WithoutAnimals_EndsWithTheSummaryCard() =>
        await DemoDialogTranscripts.WithoutAnimals(Script());

    [Fact]
    public async Task DemoTranscript_WithAnimalsByCard_ReachesVisitTime() =>
        await DemoDialogTranscripts.WithAnimalsByCard(Script());

    [Fact]
    public async Task DemoTranscript_HelpBackCancel_EndsKindlyAndLeavesNoDialog() =>
        await DemoDialogTranscripts.HelpBackCancel(Script())
            .User("SC-0017-3").BotSays(contains: "didn't understand").BotSendsCard(contains: "What would you like to do?");

    [Fact]
    public async Task Demo_SosInTheMiddleWithNobodyToAlert_SaysToPhoneThenContinuesAtTheSameStep()
    {
        await Script()
            .User("demo").BotSays(contains: "short name")
            .User("Practice 5").BotSays(contains: "case reference")
            .User("I need help")
                .BotSays(equals: EmergencyResponder.Advice, check: advice => Assert.Contains("999", advice, StringComparison.Ordinal))
                .BotSays(equals: EmergencyResponder.NobodyToAlert)
                .BotSays(contains: "carry on where you left off")
            .User("SC-0017-3").BotSays(contains: "animals");
    }

    [Fact]
    public async Task Demo_RedeliveredActivity_IsAnsweredOnlyOnce()
    {
        TurnInput? answer = null;
        await Script()
            .User("demo").BotSays(contains: "short name")
            .Send(user => answer = user.Message("Practice 6"), "an answer").BotSays(contains: "case reference")
            .Send(_ => answer!, "the same activity again (a channel retry)").BotSaysNothing()
            .Then(() => Assert.Equal(TurnDisposition.Duplicate, _bot.LastResult!.Disposition))
            .User("SC-0017-3").BotSays(contains: "animals");
    }

    [Fact]
    public async Task Hi_WithNoDialog_RepliesWithTheMenuCard()
    {
        await Script()
            .User("hi").BotSendsCard(contains: "What would you like to do?", check: card =>
                Assert.Contains("I need help", CardView.Text(card), StringComparison.Ordinal));

        Assert.Equal(RecordingConnectorClient.Reply, Assert.Single(_bot.Connector.Sent).Operation);
    }

    [Fact]
    public async Task Installed_InPersonalChat_SendsTheWelcomeCardIntoTheConversation()
    {
        await Script().Send(user => user.Installed(), "an install").BotSendsCard(contains: "Call 999");

        Assert.Equal(RecordingConnectorClient.Send, Assert.Single(_bot.Connector.Sent).Operation);
    }

    [Fact]
    public async Task Demo_MarkdownAndMentionsInAnswers_ShowEscapedInTheSummaryCardWhichStillParses()
    {
        const string hostile = "*bold* [x](http://evil) <at>Boss</at>";
        string summary = "";
        await Script()
            .User("demo").BotSays(contains: "short name")
            .User(hostile).BotSays(contains: "case reference")
            .User("SC-0017-3").BotSays(contains: "animals")
            .User("yes").BotSendsCard(contains: "About the animals")
            .UserSubmits(new { command = "submit", form = "demo.animalDetails", kind = "dog", secured = "true", notes = hostile }).BotSays(contains: "When is the visit")
            .User("tomorrow 2pm").BotSays(contains: "14:00").BotSendsCard(contains: "When do you expect to be back")
            .User("tomorrow at 17:30").BotSays(contains: "17:30").BotSendsCard(contains: "Where will you meet?")
            .UserSubmits(new { command = "choice", prompt = "demo.venue", value = "home" }).BotSays(contains: "How many adults")
            .User("1").BotSendsCard(contains: "SC-0017-3", check: card => summary = card.ToJsonString());

        var card = CardView.Parse(summary);
        Assert.Equal("Practice visit: " + CardText.Escape(hostile), card["body"]![0]!["text"]!.GetValue<string>());
        var facts = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal(CardText.Escape(hostile), facts["About the animals"]);
        Assert.Equal("SC-0017-3", facts["Case reference"]);
        Assert.DoesNotContain("<at>", summary, StringComparison.Ordinal);
        Assert.Empty(OfficialCardParser.Problems(summary));
    }
}
