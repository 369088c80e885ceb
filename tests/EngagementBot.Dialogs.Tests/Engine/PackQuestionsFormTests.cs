using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.Tests.TestDoubles;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.Dialogs.Tests.Engine;

/// <summary>packQuestions with asForm: the pack's questions of several groups on one form card.</summary>
public class PackQuestionsFormTests
{
    private static readonly object FullSubmit = new
    {
        command = "submit",
        form = "packform.pre",
        hostile = "yes",
        triggers = "drink",
        car = "no",
        adults = "2",
        who = "A lodger",
    };

    private readonly EngineHarness _bot = EngineHarness.With(TestDefinitions.PackForm);

    public PackQuestionsFormTests()
    {
        _bot.Packs.Groups["history"] =
        [
            new PackQuestion("hostile", "Has anyone been hostile before?", AnswerKind.YesNo),
            new PackQuestion("triggers", "Is it tied to anything?", AnswerKind.Choice, [Option("drink", "Drink or drugs"), Option("none", "Nothing in particular")]),
        ];
        _bot.Packs.Groups["travel"] =
        [
            new PackQuestion("car", "Could your car be followed?", AnswerKind.YesNo),
            new PackQuestion("adults", "How many adults live there?", AnswerKind.Number),
            new PackQuestion("who", "Who else might be there?", AnswerKind.Text),
        ];
    }

    private static ChoiceOption Option(string value, string title) => new() { Value = value, Title = title };

    /// <summary>The script up to the case reference; each test checks what the bot answers to it.</summary>
    private TranscriptScript Start() => _bot.Script()
        .User("pack form").BotSays(equals: "Case reference?")
        .User("SC-0017-3");

    [Fact]
    public async Task RespondAsync_AsForm_SendsOneCardWithEveryQuestionOfEveryGroupInOrder()
    {
        await Start().BotSendsCard(template: "form", check: card =>
        {
            var data = card["data"]!;
            Assert.Equal("packform.pre", data["form"]!.GetValue<string>());
            Assert.Equal("Before visiting SC-0017-3", data["title"]!.GetValue<string>());
            Assert.Equal("Answer each one as best you can.", data["intro"]!.GetValue<string>());
            Assert.Equal("Done", data["submitTitle"]!.GetValue<string>());
            var inputs = data["fields"]!.AsArray();
            Assert.Equal(["hostile", "triggers", "car", "adults", "who"], inputs.Select(i => i!["id"]!.GetValue<string>()));
            Assert.Equal(["choice", "choice", "choice", "text", "text"], inputs.Select(i => i!["kind"]!.GetValue<string>()));
            Assert.Equal("Has anyone been hostile before?", inputs[0]!["label"]!.GetValue<string>());
            Assert.Equal(["yes", "no"], Values(inputs[0]!));
            Assert.Equal(["drink", "none"], Values(inputs[1]!));
            Assert.All(inputs, i => Assert.True(i!["required"]!.GetValue<bool>()));
        });

        Assert.Equal(["history", "travel"], _bot.Packs.Requests.Select(r => r.Group));
    }

    [Fact]
    public async Task RespondAsync_CardSubmitted_StoresEveryAnswerUnderTheStepAndGoesOn()
    {
        await Start().BotSendsCard()
            .UserSubmits(FullSubmit).BotSays(equals: "Thanks — that's everything for SC-0017-3.\n\nAll done?")
            .Then(() =>
            {
                var pre = _bot.Answer("pre")!.Value;
                Assert.True(pre.GetProperty("hostile").GetBoolean());
                Assert.Equal("drink", pre.GetProperty("triggers").GetString());
                Assert.False(pre.GetProperty("car").GetBoolean());
                Assert.Equal(2, pre.GetProperty("adults").GetInt32());
                Assert.Equal("A lodger", pre.GetProperty("who").GetString());
            })
            .User("yes").BotSendsCard(template: "summary", check: card =>
            {
                var facts = card["data"]!["facts"]!.AsArray().Select(f => $"{f!["label"]}={f["value"]}").ToList();
                Assert.Contains("Has anyone been hostile before?=Yes", facts);
                Assert.Contains("Is it tied to anything?=Drink or drugs", facts);
            });
    }

    [Fact]
    public async Task RespondAsync_CardWithGapsAndMistakes_ListsEachByItsQuestionAndKeepsTheCard()
    {
        await Start().BotSendsCard()
            .UserSubmits(new { command = "submit", form = "packform.pre", hostile = "maybe", triggers = "drink", adults = "lots", who = "" })
            .BotSays(check: text =>
            {
                Assert.Contains("Has anyone been hostile before?: I didn't catch a yes or no", text, StringComparison.Ordinal);
                Assert.Contains("Could your car be followed?: this one's needed", text, StringComparison.Ordinal);
                Assert.Contains("How many adults live there?: I didn't catch a number", text, StringComparison.Ordinal);
                Assert.Contains("Who else might be there?: this one's needed", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Is it tied to anything?", text, StringComparison.Ordinal);
            })
            .Then(() => Assert.Null(_bot.Answer("pre")))
            .UserSubmits(FullSubmit).BotSays(contains: "All done?");
    }

    [Fact]
    public async Task RespondAsync_UserTypesInsteadOfUsingTheCard_AsksEachQuestionInTurn()
    {
        await Start().BotSendsCard()
            .User("the card won't open").BotSays(equals: "No problem — let's go through it one question at a time.\n\nHas anyone been hostile before?")
            .User("nope").BotSendsCard(template: "prompt-choice", field: "data.prompt", value: "packform.pre.triggers")
            .UserSubmits(new { command = "choice", prompt = "packform.pre.triggers", value = "none" }).BotSays(equals: "Could your car be followed?")
            .User("yes").BotSays(equals: "How many adults live there?")
            .User("three").BotSays(equals: "Who else might be there?")
            .User("Nobody else").BotSays(equals: "Thanks — that's everything for SC-0017-3.\n\nAll done?")
            .Then(() =>
            {
                var pre = _bot.Answer("pre")!.Value;
                Assert.False(pre.GetProperty("hostile").GetBoolean());
                Assert.Equal("none", pre.GetProperty("triggers").GetString());
                Assert.True(pre.GetProperty("car").GetBoolean());
                Assert.Equal(3, pre.GetProperty("adults").GetInt32());
            });
    }

    [Fact]
    public async Task RespondAsync_MistypedAnswerDuringTypedFallback_AsksAgainKindly()
    {
        await Start().BotSendsCard()
            .User("text please").BotSays(contains: "hostile before?")
            .User("perhaps").BotSays(equals: "I didn't catch a yes or no — please answer 'yes' or 'no'.")
            .User("no").BotSendsCard(template: "prompt-choice");
    }

    [Fact]
    public async Task RespondAsync_WholeCardSentDuringTypedFallback_TakesTheWholeCard()
    {
        await Start().BotSendsCard()
            .User("text please").BotSays(contains: "hostile before?")
            .User("yes").BotSendsCard(template: "prompt-choice")
            .UserSubmits(FullSubmit).BotSays(contains: "All done?")
            .Then(() => Assert.Equal("A lodger", _bot.Answer("pre.who")!.Value.GetString()));
    }

    [Fact]
    public async Task RespondAsync_HelpWhileTheCardIsOut_ExplainsTheCardAndTheStepHelp()
    {
        await Start().BotSendsCard()
            .User("help").BotSays(check: text =>
            {
                Assert.StartsWith("These come from your procedure. Fill in the card and press 'Done'.", text, StringComparison.Ordinal);
                Assert.EndsWith("The question was: Before visiting SC-0017-3", text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task RespondAsync_SkipWhileTheCardIsOut_IsRefusedBecauseTheQuestionsAreNeeded()
    {
        await Start().BotSendsCard()
            .User("skip").BotSays(contains: "This one's needed, so I can't skip it.");
    }

    [Fact]
    public async Task RespondAsync_BackAfterTheCard_SendsTheCardAgainWithoutFetchingTheQuestionsAgain()
    {
        await Start().BotSendsCard()
            .UserSubmits(FullSubmit).BotSays(contains: "All done?")
            .User("back").BotSays(equals: "OK, let's go back.").BotSendsCard(template: "form", field: "data.form", value: "packform.pre")
            .Then(() => Assert.Null(_bot.Answer("pre")))
            .UserSubmits(FullSubmit).BotSays(contains: "All done?");

        Assert.Equal(2, _bot.Packs.Requests.Count);
    }

    [Fact]
    public async Task RespondAsync_CardSentAgainAfterMovingOn_IsNotTakenAsTheNextAnswer()
    {
        await Start().BotSendsCard()
            .UserSubmits(FullSubmit).BotSays(contains: "All done?")
            .UserSubmits(FullSubmit).BotSays(contains: "That card was for an earlier question")
            .User("yes").BotSendsCard(template: "summary");
    }

    [Fact]
    public async Task RespondAsync_QuestionInTwoGroups_IsAskedOnce()
    {
        _bot.Packs.Groups["travel"] = [.. _bot.Packs.Groups["travel"], new PackQuestion("hostile", "Has anyone been hostile before?", AnswerKind.YesNo)];

        await Start().BotSendsCard(check: card =>
            Assert.Single(card["data"]!["fields"]!.AsArray(), i => i!["id"]!.GetValue<string>() == "hostile"));
    }

    [Fact]
    public async Task RespondAsync_PackHasNoneOfTheGroups_PassesTheStep()
    {
        _bot.Packs.Groups.Clear();

        await Start().BotSays(equals: "Thanks — that's everything for SC-0017-3.\n\nAll done?");
    }

    private static IEnumerable<string> Values(JsonNode input) => input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>());
}
