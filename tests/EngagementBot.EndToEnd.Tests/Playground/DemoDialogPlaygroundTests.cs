using System.Text.Json.Nodes;
using EngagementBot.Testing.Transcripts;
using EngagementBot.Testing.Transcripts.Scripts;
using Xunit.Abstractions;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// The demo dialog end to end: the built bot as a process, Microsoft's Agents Playground as the
/// channel, and the test as the Playground's user through the API its web UI uses — typed
/// messages, Action.Submit presses on the cards the Playground received, replies as the Playground
/// shows them. Each test gets its own bot and Playground (so its own personal chat).
/// </summary>
public sealed class DemoDialogPlaygroundTests(ITestOutputHelper output) : PlaygroundScenario(output)
{
    [Fact]
    public async Task Demo_WalkedInThePlayground_HandlesCardsDatesBackTheSosAlarmAndHelpAndEndsWithTheSummary()
    {
        JsonNode? animals = null, venue = null;
        await Script()
            .User("demo").BotSays(contains: "short name")
            .User("Practice 7").BotSays(contains: "case reference")
            .User("SC-0017-3").BotSays(contains: "animals")
            .User("yes").BotSendsCard(contains: "About the animals", check: card => animals = card)
            .Send(user => user.Submit(CardPress.Submit(animals!, "Send", new Dictionary<string, string>
                {
                    ["kind"] = CardPress.ValueOf(animals!, "kind", "Dog"),
                    ["secured"] = CardPress.ValueOf(animals!, "secured", "Yes"),
                    ["notes"] = "Barks at the door",
                })), "presses Send on the animals card")
                .BotSays(contains: "When is the visit")
            .User("tomorrow 2pm").BotSays(contains: "14:00").BotSendsCard(contains: "When do you expect to be back")
            .User("back").BotSays(check: text =>
            {
                Assert.StartsWith("OK, let's go back.", text, StringComparison.Ordinal);
                Assert.Contains("When is the visit?", text, StringComparison.Ordinal);
            })
            .User("tomorrow 3pm").BotSays(contains: "15:00").BotSendsCard(contains: "When do you expect to be back")
            .User("I need help")
                .BotSays(contains: "call 999")
                .BotSendsCard(contains: "Sending an alert to your line manager")
                .AndMaybeMore()
            .User("tomorrow at 17:30").BotSays(contains: "17:30").BotSendsCard(contains: "Where will you meet?", check: card => venue = card)
            .User("help").BotSays(contains: "The question was: Where will you meet?")
            .Send(user => user.Submit(CardPress.Submit(venue!, "A neutral venue")), "presses 'A neutral venue'").BotSays(contains: "How many adults")
            .User("two").BotSendsCard(contains: "SC-0017-3", check: card =>
            {
                var facts = Facts(card);
                Assert.Equal("Practice visit: Practice 7", card["body"]![0]!["text"]!.GetValue<string>());
                Assert.Equal("SC-0017-3", facts["Case reference"]);
                Assert.EndsWith("15:00", facts["Visit"], StringComparison.Ordinal);
                Assert.EndsWith("17:30", facts["Back by"], StringComparison.Ordinal);
                Assert.Equal("A neutral venue", facts["Where"]);
                Assert.Equal("2", facts["Adults expected"]);
                Assert.Equal("Dog", facts["Animal"]);
                Assert.Equal("Yes", facts["Shut away"]);
                Assert.Equal("Barks at the door", facts["About the animals"]);
            });
    }

    [Fact]
    public async Task Demo_CancelledInThePlayground_EndsTheDialogKindly() =>
        await DemoDialogTranscripts.HelpBackCancel(Script())
            .User("SC-0017-3").BotSays(contains: "didn't understand").BotSendsCard(contains: "What would you like to do?");

    [Fact]
    public async Task DemoTranscript_WithoutAnimals_PassesThroughThePlayground() =>
        await DemoDialogTranscripts.WithoutAnimals(Script());

    private static Dictionary<string, string> Facts(JsonNode card) =>
        card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>(), StringComparer.Ordinal);
}
