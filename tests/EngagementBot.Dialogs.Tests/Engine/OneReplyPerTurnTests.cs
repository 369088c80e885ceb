using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

/// <summary>
/// The load generator's script (shared/bench): "plan", a case reference like SC-0017-3, ten yes/no
/// answers, and exactly one message back per turn, the last one a summary card with the reference.
/// </summary>
public class OneReplyPerTurnTests
{
    private const string Plan = """
    {
      "id": "plan",
      "title": "the visit plan",
      "triggers": { "utterances": ["plan"] },
      "steps": [
        { "id": "caseRef", "kind": "caseReference", "prompt": "What's the case reference?" },
        { "id": "pre", "kind": "packQuestions", "group": "pre-contact" },
        { "id": "summary", "kind": "summary", "title": "Visit plan for {caseRef}" }
      ]
    }
    """;

    [Theory]
    [InlineData("SC-0017-3")]
    [InlineData("SC-0250-117")]
    public async Task RespondAsync_LoadGeneratorScript_OneReplyPerTurnEndingInSummaryCard(string reference)
    {
        var bot = EngineHarness.With(Plan);
        bot.Packs.Groups["pre-contact"] = [.. Enumerable.Range(1, 10).Select(i => new PackQuestion($"q{i}", $"Question {i}?", AnswerKind.YesNo))];

        var script = bot.Script().User("plan").BotSays(contains: "case reference").User(reference).BotSays(equals: "Question 1?");
        for (var i = 1; i < 10; i++)
        {
            script = script.User(i % 3 == 0 ? "no" : "yes").BotSays(equals: $"Question {i + 1}?");
        }

        await script.User("yes").BotSendsCard(template: "summary", contains: reference)
            .User("plan").BotSays(contains: "case reference");
    }
}
