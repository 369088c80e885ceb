using EngagementBot.Dialogs.Tests.TestDoubles;
using EngagementBot.Testing.Transcripts.Scripts;

namespace EngagementBot.Dialogs.Tests.Engine;

/// <summary>The shared demo transcripts, run straight against the engine with the repository's dialogs.</summary>
public class DemoDialogTests
{
    private readonly EngineHarness _bot = EngineHarness.ForRepositoryDialogs();

    [Fact]
    public async Task DemoTranscript_WithoutAnimals_EndsWithSummaryCard() =>
        await DemoDialogTranscripts.WithoutAnimals(_bot.Script());

    [Fact]
    public async Task DemoTranscript_WithAnimalsByCard_ReachesVisitTime() =>
        await DemoDialogTranscripts.WithAnimalsByCard(_bot.Script());

    [Fact]
    public async Task DemoTranscript_HelpBackCancel_EndsKindly() =>
        await DemoDialogTranscripts.HelpBackCancel(_bot.Script()).User("SC-0017-3").BotSaysNothing();

    [Fact]
    public async Task Demo_AnimalsFormTyped_AsksFieldByFieldAndSummarises()
    {
        await _bot.Script()
            .User("demo").BotSays()
            .User("Practice").BotSays()
            .User("SC-0017-3").BotSays()
            .User("yes").BotSendsCard(template: "form", field: "data.title", value: "About the animals")
            .User("a dog").BotSays(contains: "What kind of animal?")
            .User("dog").BotSays(contains: "shut away")
            .User("no").BotSays(contains: "Anything else")
            .User("It barks at the door").BotSays(contains: "When is the visit")
            .User("sos").BotSays(equals: RecordingEmergencyHandler.Reply)
            .User("Thursday 11am").BotSays(contains: "Thursday 26 November, 11:00").BotSendsCard(template: "form")
            .UserSubmits(new { date = "2026-11-26", time = "13:00" }).BotSays(contains: "13:00").BotSendsCard(template: "prompt-choice")
            .User("home").BotSays(contains: "How many adults")
            .User("1").BotSendsCard(template: "summary", check: card =>
            {
                var facts = card["data"]!["facts"]!.AsArray().ToDictionary(f => f!["label"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
                Assert.Equal("Dog", facts["Animal"]);
                Assert.Equal("No", facts["Shut away"]);
                Assert.Equal("It barks at the door", facts["About the animals"]);
                Assert.Equal("Their home", facts["Where"]);
                Assert.Equal("Thursday 26 November, 11:00", facts["Visit"]);
                Assert.Equal("Thursday 26 November, 13:00", facts["Back by"]);
                Assert.Contains("practice run", card["data"]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Demo_NoAnimals_SummaryLeavesAnimalFactsOut()
    {
        await DemoDialogTranscripts.UpToVisitTime(_bot.Script())
            .User("in 2 hours").BotSays().BotSendsCard()
            .User("in 3 hours").BotSays().BotSendsCard()
            .User("office").BotSays()
            .User("0").BotSendsCard(template: "summary", check: card =>
            {
                var labels = card["data"]!["facts"]!.AsArray().Select(f => f!["label"]!.GetValue<string>()).ToList();
                Assert.Contains("Animals", labels);
                Assert.DoesNotContain("Animal", labels);
                Assert.DoesNotContain("Shut away", labels);
            });
    }
}
