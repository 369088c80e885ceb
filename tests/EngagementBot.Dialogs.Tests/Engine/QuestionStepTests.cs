using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class QuestionStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Questions);

    [Fact]
    public async Task RespondAsync_EveryQuestionKind_StoresTypedAnswersByStepId()
    {
        await _bot.Script()
            .User("questions").BotSays(equals: "What's the label?")
            .User("Box").BotSays(equals: "Is it OK?")
            .User("yep").BotSendsCard(template: "prompt-choice", field: "data.question", value: "Which colour?")
            .User("verde").BotSays(equals: "How many?")
            .User("three").BotSays(equals: "When for Box?")
            .User("tomorrow 2pm").BotSays(equals: "Got it: Tuesday 24 November, 14:00.\n\nWhich day?")
            .User("yesterday").BotSays(equals: "Got it: Sunday 22 November.\n\nCase reference?")
            .Then(() =>
            {
                Assert.Equal("Box", _bot.Answer("name")!.Value.GetString());
                Assert.True(_bot.Answer("ok")!.Value.GetBoolean());
                Assert.Equal("green", _bot.Answer("colour")!.Value.GetString());
                Assert.Equal(3, _bot.Answer("count")!.Value.GetInt32());
                Assert.Equal("2026-11-24T14:00:00+00:00", _bot.Answer("when")!.Value.GetString());
                Assert.Equal("2026-11-22", _bot.Answer("day")!.Value.GetString());
            })
            .User(" sc-0017-3 ").BotSendsCard(template: "summary", field: "data.title", value: "Summary for Box");
    }

    [Fact]
    public async Task RespondAsync_ChoiceCard_GivesQuestionChoicesAndExtraData()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard(template: "prompt-choice", check: card =>
            {
                var data = card["data"]!;
                Assert.Equal("compact", data["style"]!.GetValue<string>());
                var choices = data["choices"]!.AsArray().Select(c => (c!["title"]!.GetValue<string>(), c["value"]!.GetValue<string>()));
                Assert.Equal([("Red", "red"), ("Green", "green"), ("Dark blue", "blue")], choices);
            });
    }

    [Theory]
    [InlineData("answer")]
    [InlineData("value")]
    [InlineData("choice")]
    [InlineData("colour")]
    public async Task RespondAsync_ChoiceSubmittedFromCard_IsTheAnswer(string key)
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard()
            .UserSubmits(new JsonObject { [key] = "blue" }).BotSays(equals: "How many?")
            .Then(() => Assert.Equal("blue", _bot.Answer("colour")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_ChoiceButtonAsTemplateSendsIt_IsTheAnswer()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard(field: "data.prompt", value: "questions.colour")
            .UserSubmits(new { command = "choice", prompt = "questions.colour", value = "red" }).BotSays(equals: "How many?")
            .Then(() => Assert.Equal("red", _bot.Answer("colour")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_ChoiceButtonOfEarlierQuestion_IsNotUsed()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard()
            .User("red").BotSays(equals: "How many?")
            .UserSubmits(new { command = "choice", prompt = "questions.colour", value = "green" }).BotSays(equals: "That card was for an earlier question, so I haven't used it. Here's where we are now:\n\nHow many?")
            .Then(() => Assert.Equal("red", _bot.Answer("colour")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_CardOfAnotherFeature_IsNotHandled()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .UserSubmits(new { command = "choice", prompt = "visit.location", value = "home" }).BotSaysNothing()
            .User("Box").BotSays(equals: "Is it OK?");
    }

    [Theory]
    [InlineData("3", "blue")]
    [InlineData("Dark Blue", "blue")]
    [InlineData("dark", "blue")]
    [InlineData("RED", "red")]
    public async Task RespondAsync_ChoiceTyped_MatchesTitleNumberOrPart(string typed, string stored)
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("Box").BotSays()
            .User("yes").BotSendsCard()
            .User(typed).BotSays(equals: "How many?")
            .Then(() => Assert.Equal(stored, _bot.Answer("colour")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_InvalidAnswers_SayWhatIsExpectedAndStay()
    {
        await _bot.Script()
            .User("questions").BotSays()
            .User("A label far too long").BotSays(contains: "under 10 characters")
            .User("Box").BotSays(equals: "Is it OK?")
            .User("perhaps").BotSays(equals: "I didn't catch a yes or no — please answer 'yes' or 'no'.")
            .User("no").BotSendsCard()
            .User("purple").BotSays(contains: "Red, Green or Dark blue")
            .User("red").BotSays(equals: "How many?")
            .User("seven").BotSays(contains: "from 1 to 5")
            .User("lots").BotSays(contains: "I didn't catch a number")
            .User("5").BotSays(equals: "When for Box?")
            .User("whenever").BotSays(equals: "I didn't catch a time — try '14:30', 'tomorrow 2pm', 'Tuesday 10am' or 'in 2 hours'.")
            .User("yesterday 3pm").BotSays(contains: "Sunday 22 November, 15:00 has already passed")
            .User("32/13").BotSays(contains: "no such date as 32/13")
            .User("Tuesday").BotSays(contains: "I've got Tuesday 24 November — what time?")
            .User("Tuesday 10am").BotSays(contains: "Which day?")
            .User("tomorrow").BotSays(contains: "hasn't happened yet")
            .User("today").BotSays(contains: "Case reference?")
            .User("Mrs Smith").BotSays(contains: "like SC-0017-3")
            .Then(() => Assert.Equal("2026-11-23", _bot.Answer("day")!.Value.GetString()));
    }

    [Theory]
    [InlineData("SC-0017-3")]
    [InlineData("SC-0017")]
    [InlineData("SC-9999-123")]
    [InlineData("AB-123456-99")]
    public async Task RespondAsync_CaseReferenceMatchingDefaultPattern_IsAccepted(string reference)
    {
        var bot = EngineHarness.With("""
            { "id": "ref", "triggers": { "utterances": ["ref"] }, "steps": [ { "id": "ref", "kind": "caseReference", "prompt": "Reference?" }, { "id": "after", "kind": "yesNo", "prompt": "Next?" } ] }
            """);

        await bot.Script().User("ref").BotSays().User(reference).BotSays(equals: "Next?");
    }

    [Theory]
    [InlineData("Jane Smith", "someone's name")]
    [InlineData("12/03/2015", "date of birth")]
    [InlineData("14 Station Road", "an address")]
    [InlineData("SC/17", "doesn't look like a case reference")]
    public async Task RespondAsync_PersonalDetailsInsteadOfReference_RefusedSayingWhatItLooksLike(string typed, string explained)
    {
        var bot = EngineHarness.With("""
            { "id": "ref", "triggers": { "utterances": ["ref"] }, "steps": [ { "id": "ref", "kind": "caseReference", "prompt": "Reference?" }, { "id": "after", "kind": "yesNo", "prompt": "Next?" } ] }
            """);

        await bot.Script()
            .User("ref").BotSays()
            .User(typed).BotSays(check: text =>
            {
                Assert.Contains(explained, text, StringComparison.Ordinal);
                Assert.Contains("like SC-0017-3", text, StringComparison.Ordinal);
                Assert.DoesNotContain(typed, text, StringComparison.OrdinalIgnoreCase);
            })
            .Then(() =>
            {
                Assert.Null(bot.Answer("ref"));
                Assert.DoesNotContain(typed, bot.Store.States[bot.StateKey].Json, StringComparison.OrdinalIgnoreCase);
            })
            .User("SC-0017-3").BotSays(equals: "Next?");
    }

    [Fact]
    public async Task RespondAsync_DateTimeAfterAnEarlierAnswer_ReadsTimesFromItAndRefusesEarlierOnes()
    {
        var bot = EngineHarness.With("""
            { "id": "visit", "triggers": { "utterances": ["visit"] }, "steps": [
              { "id": "when", "kind": "dateTime", "prompt": "When is the visit?", "constraint": "future" },
              { "id": "back", "kind": "dateTime", "prompt": "Back by?", "constraint": "future", "after": "when" },
              { "id": "after", "kind": "yesNo", "prompt": "Next?" } ] }
            """);

        await bot.Script()
            .User("visit").BotSays()
            .User("tomorrow 2pm").BotSays(equals: "Got it: Tuesday 24 November, 14:00.\n\nBack by?")
            .User("tomorrow 1pm").BotSays(equals: "Tuesday 24 November, 13:00 isn't after Tuesday 24 November, 14:00 — I need a later time than that.")
            .User("4pm").BotSays(equals: "Got it: Tuesday 24 November, 16:00.\n\nNext?")
            .Then(() => Assert.Equal("2026-11-24T16:00:00+00:00", bot.Answer("back")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_CaseReferencePatternConfigured_UsesIt()
    {
        var bot = EngineHarness.With("""
            { "id": "ref", "triggers": { "utterances": ["ref"] }, "steps": [ { "id": "ref", "kind": "caseReference", "prompt": "Reference?" }, { "id": "after", "kind": "yesNo", "prompt": "Next?" } ] }
            """);
        bot.Options.CaseReferencePattern = @"^CW\d{4}$";
        bot.Options.CaseReferenceExample = "CW1234";

        await bot.Script()
            .User("ref").BotSays()
            .User("SC-0017-3").BotSays(contains: "like CW1234")
            .User("cw1234").BotSays(equals: "Next?");
    }

    [Fact]
    public async Task RespondAsync_DateTimeOfferingCard_SendsDateAndTimeFormAndTakesItsSubmit()
    {
        var bot = EngineHarness.With("""
            { "id": "when", "triggers": { "utterances": ["when"] }, "steps": [
              { "id": "back", "kind": "dateTime", "prompt": "When will you be back?", "constraint": "future", "offerCard": true },
              { "id": "after", "kind": "yesNo", "prompt": "Next?" } ] }
            """);

        await bot.Script()
            .User("when").BotSendsCard(template: "form", check: card =>
            {
                Assert.Equal("When will you be back?", card["data"]!["title"]!.GetValue<string>());
                Assert.Equal(["date", "time"], card["data"]!["fields"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()));
            })
            .UserSubmits(new { date = "2026-11-25", time = "16:45" }).BotSays(equals: "Got it: Wednesday 25 November, 16:45.\n\nNext?")
            .Then(() => Assert.Equal("2026-11-25T16:45:00+00:00", bot.Answer("back")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_DateTimeOfferingCardAnsweredByText_AcceptsText()
    {
        var bot = EngineHarness.With("""
            { "id": "when", "triggers": { "utterances": ["when"] }, "steps": [
              { "id": "back", "kind": "dateTime", "prompt": "When will you be back?", "constraint": "future", "offerCard": true },
              { "id": "after", "kind": "yesNo", "prompt": "Next?" } ] }
            """);

        await bot.Script()
            .User("when").BotSendsCard()
            .User("in 2 hours").BotSays(equals: "Got it: Monday 23 November, 12:00.\n\nNext?");
    }
}
