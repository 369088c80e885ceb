using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Guidance.Model;
using EngagementBot.Testing;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>The plan when the practitioner types what the bot cannot use, or types instead of using a card.</summary>
public sealed class PlanVisitMistakesTests : IAsyncLifetime
{
    private PlanVisitBot _bot = null!;
    private PlanConversation _plan = null!;

    public async Task InitializeAsync()
    {
        _bot = await PlanVisitBot.StartAsync();
        _plan = new PlanConversation(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("Kelly Jones", "looks like it could be someone's name")]
    [InlineData("14/02/2016", "perhaps a date of birth")]
    [InlineData("12 Heol y Nant", "looks like part of an address")]
    [InlineData("sc0017", "doesn't look like a case reference")]
    [InlineData("12 Bryn Road, CF37 1DL", "looks like part of an address")]
    public async Task PlanVisit_PersonalDetailsTypedAsTheCaseReference_RefusedSayingWhyAndNotKept(string typed, string why)
    {
        await _bot.Script()
            .User("plan").BotSays(contains: "What's the case reference?")
            .User(typed).BotSays(check: text =>
            {
                Assert.Contains(why, text, StringComparison.Ordinal);
                Assert.Contains("never a name, a date of birth or an address", text, StringComparison.Ordinal);
                Assert.DoesNotContain(typed, text, StringComparison.OrdinalIgnoreCase);
            })
            .User("SC-0017-3").BotSays(contains: "When is the visit?");
    }

    [Fact]
    public async Task PlanVisit_MistypedAnswers_AskedAgainKindlyUntilRight()
    {
        await _bot.Script()
            .UserSubmits(new { command = "plan" }).BotSays(contains: "What's the case reference?")
            .User("SC-0017-3").BotSays(contains: "When is the visit?")
            .User("blursday").BotSays(contains: "I didn't catch a time")
            .User("yesterday 2pm").BotSays(contains: "has already passed")
            .User("tomorrow 2pm").BotSays(contains: "14:00").BotSendsCard(contains: "Where will you meet?")
            .User("on the moon").BotSays(contains: "I didn't catch which one")
            .User("neutral").BotSays(contains: "When do you expect to be finished")
            .User("tomorrow 1pm").BotSays(equals: "Tuesday 24 November, 13:00 isn't after Tuesday 24 November, 14:00 — I need a later time than that.")
            .User("5pm").BotSays(contains: "Got it: Tuesday 24 November, 17:00.")
            .User("skip").BotSays(contains: "a mobile number to reach you on during the visit")
            .User("ring the office").BotSays(contains: "I couldn't read that as a phone number")
            .User("0770 09").BotSays(contains: "like 07700 900123")
            .User("+44 7700 900123").BotSendsCard(contains: "About this visit (1 of 2)");
    }

    [Fact]
    public async Task PlanVisit_PackCardWithGapsAndMistakes_ListsWhatNeedsAnotherLookAndKeepsTheCard()
    {
        JsonNode? card = null;
        await _plan.UpToBackBy(_bot.Script())
            .BotSendsCard(contains: "About this visit (1 of 2)", check: sent => card = sent)
            .Send(user => user.Submit(WithGapAndMistake(PackCards.Submit(card!, _plan.Answers))), "the first card with a gap and a mistake")
            .BotSays(check: text =>
            {
                Assert.StartsWith("A few answers on the card need another look:", text, StringComparison.Ordinal);
                Assert.Contains("Has any adult linked to the child been hostile, intimidating, threatening or violent before?: I didn't catch a yes or no", text, StringComparison.Ordinal);
                Assert.Contains("Is the hostility tied to anything in particular?: this one's needed", text, StringComparison.Ordinal);
            })
            .Send(user => user.Submit(PackCards.Submit(card!, _plan.Answers)), "the first card, corrected")
            .BotSendsCard(contains: "Keeping you safe (2 of 2)");
    }

    [Fact]
    public async Task PlanVisit_TypingInsteadOfUsingThePackCard_AsksEachQuestionInTurnThenCarriesOn()
    {
        var questions = AboutVisitQuestions(_bot.Pack);
        var script = _plan.UpToBackBy(_bot.Script())
            .BotSendsCard(contains: "About this visit (1 of 2)")
            .User("the card won't open on my phone")
            .BotSays(equals: $"No problem — let's go through it one question at a time.\n\n{questions[0].Text}")
            .User("maybe").BotSays(equals: "I didn't catch a yes or no — please answer 'yes' or 'no'.");
        for (var i = 0; i < questions.Count; i++)
        {
            script = script.User(_plan.Answers[questions[i].Id]);
            script = i + 1 < questions.Count
                ? Expect(script, questions[i + 1])
                : script.BotSendsCard(contains: "Keeping you safe (2 of 2)", check: card => Assert.Equal(12, PackCards.Inputs(card).Count));
        }

        await script;
    }

    [Fact]
    public async Task PlanVisit_BackAtTheJointVisitQuestion_ShowsTheSecondCardAgain()
    {
        _plan.Answers["late-in-day"] = "yes";

        await _plan.UpToRisk(_bot.Script())
            .BotSendsCard(contains: "Would you like a joint visit")
            .User("back").BotSays(equals: "OK, let's go back.").BotSendsCard(contains: "Keeping you safe (2 of 2)");
    }

    /// <summary>The first card's questions as the engine asks them: the step's groups in order, each in pack order.</summary>
    private static List<PackQuestion> AboutVisitQuestions(ProcedurePack pack)
    {
        var step = DialogDefinitionLoader.LoadDirectory(RepoPaths.Dialogs).Get("plan-visit").Definition.Steps.Single(s => s.Id == "aboutVisit");
        return [.. step.PackGroups.SelectMany(group => pack.PreContactQuestions.Where(q => q.Group == group)).DistinctBy(q => q.Id)];
    }

    private static TranscriptScript Expect(TranscriptScript script, PackQuestion next) => next.Kind == QuestionKind.Choice
        ? script.BotSendsCard(contains: next.Text)
        : script.BotSays(equals: next.Text);

    private static JsonObject WithGapAndMistake(JsonObject submit)
    {
        submit["history-hostility"] = "perhaps";
        submit.Remove("triggers");
        return submit;
    }
}
