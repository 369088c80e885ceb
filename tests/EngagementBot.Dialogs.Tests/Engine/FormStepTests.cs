using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class FormStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Form);

    private static readonly object FullSubmit = new { what = "Visit", safe = "true", size = "l", people = "3", on = "2026-11-25", at = "14:30", note = "" };

    [Fact]
    public async Task RespondAsync_FormStep_SendsOneCardWithEveryField()
    {
        await _bot.Script()
            .User("form").BotSendsCard(template: "form", field: "data.submitTitle", value: "Save", check: card =>
            {
                Assert.Equal("form.details", card["data"]!["form"]!.GetValue<string>());
                var inputs = card["data"]!["fields"]!.AsArray();
                Assert.Equal(["what", "safe", "size", "people", "on", "at", "note"], inputs.Select(i => i!["id"]!.GetValue<string>()));
                Assert.Equal(["text", "choice", "choice", "text", "date", "time", "text"], inputs.Select(i => i!["kind"]!.GetValue<string>()));
                Assert.Equal(["yes", "no"], inputs[1]!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
                Assert.Equal(["Yes", "No"], inputs[1]!["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
                Assert.False(inputs[6]!["required"]!.GetValue<bool>());
                Assert.Equal("Small", inputs[2]!["choices"]![0]!["title"]!.GetValue<string>());
            });
    }

    [Fact]
    public async Task RespondAsync_FormSubmitted_StoresEveryAnswerUnderTheStep()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(FullSubmit).BotSays(equals: "All done?")
            .Then(() =>
            {
                var details = _bot.Answer("details")!.Value;
                Assert.Equal("Visit", details.GetProperty("what").GetString());
                Assert.True(details.GetProperty("safe").GetBoolean());
                Assert.Equal("l", details.GetProperty("size").GetString());
                Assert.Equal(3, details.GetProperty("people").GetInt32());
                Assert.Equal("2026-11-25", details.GetProperty("on").GetString());
                Assert.Equal("14:30", details.GetProperty("at").GetString());
                Assert.False(details.TryGetProperty("note", out _));
            });
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData("false", false)]
    public async Task RespondAsync_YesNoChoiceSubmitted_StoredAsBoolean(string submitted, bool expected)
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { command = "submit", form = "form.details", what = "Visit", safe = submitted, size = "s", people = "0", on = "25/11", at = "9am" })
            .BotSays(equals: "All done?")
            .Then(() => Assert.Equal(expected, _bot.Answer("details.safe")!.Value.GetBoolean()));
    }

    [Fact]
    public async Task RespondAsync_YesNoLeftUnanswered_IsNeededNotTakenAsNo()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { command = "submit", form = "form.details", what = "Visit", size = "s", people = "0", on = "25/11", at = "9am" })
            .BotSays(contains: "Safe: this one's needed")
            .Then(() => Assert.Null(_bot.Answer("details")));
    }

    [Fact]
    public async Task RespondAsync_EmptySubmitOfThisForm_ListsEveryRequiredInput()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { command = "submit", form = "form.details" })
            .BotSays(check: text =>
            {
                foreach (var label in new[] { "What", "Safe", "Size", "People", "Date", "Time" })
                {
                    Assert.Contains($"{label}: this one's needed", text, StringComparison.Ordinal);
                }

                Assert.DoesNotContain("Note:", text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task RespondAsync_FormSubmittedWithProblems_ListsThemAndKeepsTheForm()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { what = "", safe = "false", size = "huge", people = "12", on = "31/11", at = "25:00" })
            .BotSays(contains: "What: this one's needed")
            .Then(() => Assert.Null(_bot.Answer("details")))
            .UserSubmits(FullSubmit).BotSays(equals: "All done?");
    }

    [Fact]
    public async Task RespondAsync_FormSubmittedWithProblems_NamesEachField()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { what = "x", safe = "false", size = "huge", people = "12", on = "31/11", at = "25:00" }).BotSays(check: text =>
            {
                foreach (var expected in new[] { "Size: I didn't catch which one", "People: 12 is outside", "Date: There's no such date as 31/11", "Time: I didn't catch a time" })
                {
                    Assert.Contains(expected, text, StringComparison.Ordinal);
                }
            });
    }

    [Fact]
    public async Task RespondAsync_UserTypesInsteadOfUsingTheCard_AsksEachFieldInTurn()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .User("I can't see the card").BotSays(equals: "No problem — let's go through it one question at a time.\n\nWhat is it?")
            .User("A visit").BotSays(equals: "Is it safe?")
            .User("no").BotSays(contains: "Size")
            .User("large").BotSays(equals: "People")
            .User("two").BotSays(equals: "Date")
            .User("tomorrow").BotSays(contains: "Tuesday 24 November")
            .User("2pm").BotSays(contains: "Any note?")
            .User("skip").BotSays(equals: "OK, I've left that one blank.\n\nAll done?")
            .Then(() =>
            {
                var details = _bot.Answer("details")!.Value;
                Assert.Equal("A visit", details.GetProperty("what").GetString());
                Assert.False(details.GetProperty("safe").GetBoolean());
                Assert.Equal("l", details.GetProperty("size").GetString());
                Assert.Equal(2, details.GetProperty("people").GetInt32());
                Assert.Equal("2026-11-24", details.GetProperty("on").GetString());
                Assert.Equal("14:00", details.GetProperty("at").GetString());
            });
    }

    [Fact]
    public async Task RespondAsync_CardSubmittedDuringTextFallback_TakesTheWholeCard()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .User("hello").BotSays(contains: "What is it?")
            .User("A visit").BotSays(equals: "Is it safe?")
            .UserSubmits(FullSubmit).BotSays(equals: "All done?")
            .Then(() => Assert.Equal("Visit", _bot.Answer("details.what")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_SubmitAsTheFormTemplateSendsIt_IsTheAnswer()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { command = "submit", form = "form.details", what = "Visit", safe = "false", size = "s", people = "0", on = "25/11", at = "9am" })
            .BotSays(equals: "All done?");
    }

    [Fact]
    public async Task RespondAsync_FormCancelButton_CancelsTheDialog()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { command = "cancel", form = "form.details" }).BotSays(contains: "stopped the form test");
    }

    [Fact]
    public async Task RespondAsync_FormCardSubmittedAgainLater_IsNotTakenAsTheNextAnswer()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(FullSubmit).BotSays(equals: "All done?")
            .UserSubmits(new { command = "submit", form = "form.details", what = "Again", safe = "true", size = "s", people = "1", on = "25/11", at = "9am" })
            .BotSays(equals: "That card was for an earlier question, so I haven't used it. Here's where we are now:\n\nAll done?")
            .Then(() => Assert.Equal("Visit", _bot.Answer("details.what")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_SubmitWithNoFieldOfTheForm_IsNotHandled()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(new { verb = "approve", requestId = "r-1" }).BotSaysNothing()
            .UserSubmits(FullSubmit).BotSays(equals: "All done?");
    }

    [Fact]
    public async Task RespondAsync_SummaryAfterForm_ListsFieldsByLabel()
    {
        await _bot.Script()
            .User("form").BotSendsCard()
            .UserSubmits(FullSubmit).BotSays()
            .User("yes").BotSendsCard(template: "summary", check: card =>
            {
                var facts = card["data"]!["facts"]!.AsArray().Select(f => $"{f!["label"]}={f["value"]}").ToList();
                Assert.Contains("What=Visit", facts);
                Assert.Contains("Safe=Yes", facts);
                Assert.Contains("Size=Large", facts);
                Assert.Contains("Date=Wednesday 25 November", facts);
                Assert.DoesNotContain(facts, f => f.StartsWith("Note=", StringComparison.Ordinal));
            });
    }
}
