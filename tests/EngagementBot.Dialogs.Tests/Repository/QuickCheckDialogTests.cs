using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Repository;

/// <summary>
/// dialogs/quick-check.json — the real definition the benchmark drives: its start text, a case
/// reference, ten yes/no answers, one message per turn, and a summary card naming the reference.
/// </summary>
public class QuickCheckDialogTests
{
    [Theory]
    [InlineData("quickcheck", "SC-0017-3")]
    [InlineData("quick check", "SC-0250-117")]
    public async Task RespondAsync_BenchmarkScript_OneReplyPerTurnEndingInSummaryCardWithReference(string start, string reference)
    {
        var bot = EngineHarness.ForRepositoryDialogs();

        var script = bot.Script().User(start).BotSays(contains: "case reference").User(reference).BotSays(contains: "hostile");
        for (var i = 1; i < 10; i++)
        {
            script = script.User(i % 2 == 0 ? "no" : "yes").BotSays(contains: "?");
        }

        await script.User("no").BotSendsCard(template: "summary", contains: reference)
            .User("quickcheck").BotSays(contains: "case reference");
    }

    [Fact]
    public async Task RespondAsync_MistypedAnswer_RepromptsAndKeepsTheQuestion()
    {
        var bot = EngineHarness.ForRepositoryDialogs();

        await bot.Script().User("quickcheck").BotSays(contains: "case reference")
            .User("SC-0017-3").BotSays(contains: "hostile")
            .User("banana").BotSays(contains: "yes")
            .User("yes").BotSays(contains: "alcohol");
    }

    [Fact]
    public async Task RespondAsync_NameInsteadOfReference_IsRefused()
    {
        var bot = EngineHarness.ForRepositoryDialogs();

        await bot.Script().User("quickcheck").BotSays(contains: "case reference")
            .User("John Smith").BotSays(contains: "looks like it could be someone's name");
    }
}
