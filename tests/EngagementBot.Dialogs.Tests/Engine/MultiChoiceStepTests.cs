using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Engine;

public class MultiChoiceStepTests
{
    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.Multi);

    public MultiChoiceStepTests() =>
        _bot.OptionLists.Lists["behaviours"] =
        [
            new ChoiceOption { Value = "shouting", Title = "Shouting" },
            new ChoiceOption { Value = "swearing", Title = "Swearing" },
            new ChoiceOption { Value = "threat-to-kill", Title = "Threat to kill" },
        ];

    [Fact]
    public async Task RespondAsync_MultipleChoice_AsksWithAMultiSelectFormCardOfTheListsOptions()
    {
        await _bot.Script()
            .User("multi").BotSendsCard(template: "form", check: card =>
            {
                var data = card["data"]!;
                Assert.Equal("multi.what", data["form"]!.GetValue<string>());
                Assert.Equal("What happened?", data["title"]!.GetValue<string>());
                var field = Assert.Single(data["fields"]!.AsArray())!;
                Assert.Equal("choice", field["kind"]!.GetValue<string>());
                Assert.Equal("what", field["id"]!.GetValue<string>());
                Assert.True(field["multiSelect"]!.GetValue<bool>());
                Assert.False(field["required"]!.GetValue<bool>());
                Assert.Equal(["shouting", "swearing", "threat-to-kill"], field["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
            });
    }

    [Fact]
    public async Task RespondAsync_CardSubmitWithSeveralTicked_StoresTheValuesAsAnArray()
    {
        await _bot.Script()
            .User("multi").BotSendsCard()
            .UserSubmits(new JsonObject { ["command"] = "submit", ["form"] = "multi.what", ["what"] = "shouting,threat-to-kill" }).BotSendsCard(template: "form", field: "data.form", value: "multi.colours")
            .Then(() => Assert.Equal(["shouting", "threat-to-kill"], _bot.Answer("what")!.Value.EnumerateArray().Select(v => v.GetString())));
    }

    [Fact]
    public async Task RespondAsync_CardSubmitWithNothingTicked_IsNone()
    {
        await _bot.Script()
            .User("multi").BotSendsCard()
            .UserSubmits(new JsonObject { ["command"] = "submit", ["form"] = "multi.what" }).BotSendsCard(field: "data.form", value: "multi.colours")
            .Then(() => Assert.Equal(0, _bot.Answer("what")!.Value.GetArrayLength()));
    }

    [Fact]
    public async Task RespondAsync_TypedNumbers_ConfirmedAndShownAsTitlesInTheSummary()
    {
        await _bot.Script()
            .User("multi").BotSendsCard()
            .User("1 and 3").BotSays(equals: "Got it: Shouting and Threat to kill.")
            .BotSendsCard(field: "data.form", value: "multi.colours")
            .User("none").BotSendsCard(template: "summary", check: card =>
            {
                var facts = card["data"]!["facts"]!.AsArray();
                Assert.Equal("Shouting and Threat to kill", facts[0]!["value"]!.GetValue<string>());
                Assert.Equal("None", facts[1]!["value"]!.GetValue<string>());
            });
    }

    [Fact]
    public async Task RespondAsync_TypedNumbersOfSentenceOptions_ConfirmedAsSentencesWithOneFullStopEach()
    {
        _bot.OptionLists.Lists["behaviours"] =
        [
            new ChoiceOption { Value = "not-real", Title = "The family seems to go along with things, but it isn't real." },
            new ChoiceOption { Value = "late", Title = "Often late for appointments." },
            new ChoiceOption { Value = "subject", Title = "Steers the talk away" },
        ];

        await _bot.Script()
            .User("multi").BotSendsCard()
            .User("1, 2 and 3").BotSays(equals: "Got it: The family seems to go along with things, but it isn't real. Often late for appointments. Steers the talk away.")
            .BotSendsCard(field: "data.form", value: "multi.colours");
    }

    [Fact]
    public async Task RespondAsync_UnknownWord_RepromptsNamingIt()
    {
        await _bot.Script()
            .User("multi").BotSendsCard()
            .User("shouting, juggling").BotSays(check: text =>
            {
                Assert.StartsWith("I didn't recognise \"juggling\".", text, StringComparison.Ordinal);
                Assert.Contains("\"1, 3 and 5\"", text, StringComparison.Ordinal);
            })
            .Then(() => Assert.Null(_bot.Answer("what")));
    }

    [Fact]
    public async Task RespondAsync_OptionsFrom_FetchedOnceForTheRunWithTheListName()
    {
        await _bot.Script()
            .User("multi").BotSendsCard()
            .User("2").BotSays(contains: "Swearing")
            .BotSendsCard()
            .User("back").BotSays(contains: "back")
            .BotSendsCard(field: "data.form", value: "multi.what")
            .User("2").BotSays(contains: "Swearing")
            .BotSendsCard(field: "data.form", value: "multi.colours");

        var request = Assert.Single(_bot.OptionLists.Requests);
        Assert.Equal("behaviours", request.List);
        Assert.Equal(_bot.User.From, request.User);
    }

    [Fact]
    public async Task RespondAsync_EmptyList_SkipsTheStep()
    {
        _bot.OptionLists.Lists["behaviours"] = [];

        await _bot.Script()
            .User("multi").BotSendsCard(template: "form", field: "data.form", value: "multi.colours");
    }

    [Fact]
    public async Task RespondAsync_OptionalMultiSelect_CanBeSkipped()
    {
        await _bot.Script()
            .User("multi").BotSendsCard()
            .User("1").BotSays()
            .BotSendsCard()
            .User("skip").BotSays(contains: "blank")
            .BotSendsCard(template: "summary")
            .Then(() => Assert.Null(_bot.Answer("colours")));
    }
}
