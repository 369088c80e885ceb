using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Host.Adapters;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing;

namespace EngagementBot.Host.Tests.Adapters;

/// <summary>The card port over the real templates: user text is escaped, what cards send back is not.</summary>
public class CardRendererTests
{
    private const string Hostile = "*bold* [x](http://evil) <at>Boss</at>";

    private static readonly Lazy<CardTemplates> Templates = new(() => CardTemplates.Load(RepoPaths.Cards));

    private readonly CardRenderer _renderer = new(Templates.Value);

    [Fact]
    public void Render_SummaryWithMarkdownInAnswers_ShowsEveryDisplayedStringEscaped()
    {
        var data = new JsonObject
        {
            ["title"] = "Practice visit: " + Hostile,
            ["facts"] = new JsonArray { new JsonObject { ["label"] = Hostile, ["value"] = Hostile } },
            ["note"] = Hostile,
        };

        var card = JsonNode.Parse(_renderer.Render("summary", data))!;

        Assert.Equal("Practice visit: " + CardText.Escape(Hostile), card["body"]![0]!["text"]!.GetValue<string>());
        var fact = card["body"]![1]!["facts"]![0]!;
        Assert.Equal(CardText.Escape(Hostile), fact["title"]!.GetValue<string>());
        Assert.Equal(CardText.Escape(Hostile), fact["value"]!.GetValue<string>());
        Assert.Equal(CardText.Escape(Hostile), card["body"]![2]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("<at>", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SummaryWithMarkdownInAnswers_ParsesWithTheOfficialParser()
    {
        var data = new JsonObject
        {
            ["title"] = Hostile + "\n# heading\n{{DATE(2026-11-23T10:00:00Z)}}",
            ["facts"] = new JsonArray { new JsonObject { ["label"] = "Name", ["value"] = Hostile + "\n- item\n1. first" } },
        };

        var problems = OfficialCardParser.Problems(_renderer.Render("summary", data));

        Assert.Empty(problems);
    }

    [Fact]
    public void Render_PromptChoice_LeavesTheCardIdAndChoiceValuesAsTheButtonsSubmitThem()
    {
        var data = new JsonObject
        {
            ["prompt"] = "demo_1.where_to_meet",
            ["question"] = "Where will you meet, " + Hostile + "?",
            ["choices"] = new JsonArray { new JsonObject { ["title"] = "Their home", ["value"] = "their_home" } },
        };

        var card = JsonNode.Parse(_renderer.Render("prompt-choice", data))!;

        Assert.Equal("Where will you meet, " + CardText.Escape(Hostile) + "?", card["body"]![0]!["text"]!.GetValue<string>());
        var submit = card["body"]![1]!["actions"]![0]!["data"]!;
        Assert.Equal("demo_1.where_to_meet", submit["prompt"]!.GetValue<string>());
        Assert.Equal("their_home", submit["value"]!.GetValue<string>());
    }

    [Fact]
    public void Render_Form_LeavesInputIdsValuesAndTheFormIdUntouched()
    {
        var data = new JsonObject
        {
            ["form"] = "demo_1.animal_details",
            ["title"] = "About " + Hostile,
            ["fields"] = new JsonArray
            {
                new JsonObject { ["kind"] = "text", ["id"] = "free_text", ["label"] = "Notes", ["required"] = false, ["value"] = "*as typed*" },
                new JsonObject
                {
                    ["kind"] = "choice", ["id"] = "animal_kind", ["label"] = "Kind", ["required"] = true,
                    ["choices"] = new JsonArray { new JsonObject { ["title"] = "Dog", ["value"] = "big_dog" } },
                },
            },
        };

        var card = JsonNode.Parse(_renderer.Render("form", data))!;

        Assert.Equal("About " + CardText.Escape(Hostile), card["body"]![0]!["text"]!.GetValue<string>());
        var text = card["body"]![1]!["items"]![0]!;
        Assert.Equal("free_text", text["id"]!.GetValue<string>());
        Assert.Equal("*as typed*", text["value"]!.GetValue<string>());
        var choice = card["body"]![2]!["items"]![0]!;
        Assert.Equal("animal_kind", choice["id"]!.GetValue<string>());
        Assert.Equal("big_dog", choice["choices"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("demo_1.animal_details", card["actions"]![0]!["data"]!["form"]!.GetValue<string>());
    }

    [Fact]
    public void Render_SummaryActionData_IsSentBackVerbatim()
    {
        var data = new JsonObject
        {
            ["title"] = "Done",
            ["actions"] = new JsonArray
            {
                new JsonObject { ["title"] = "Again", ["data"] = new JsonObject { ["command"] = "demo", ["note"] = "*kept*_as_is" } },
            },
        };

        var card = JsonNode.Parse(_renderer.Render("summary", data))!;

        var action = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "ActionSet")!["actions"]![0]!;
        Assert.Equal("*kept*_as_is", action["data"]!["note"]!.GetValue<string>());
    }

    [Fact]
    public void Render_Always_LeavesTheCallersDataUnchanged()
    {
        var data = new JsonObject { ["title"] = Hostile, ["facts"] = new JsonArray() };
        var before = data.ToJsonString();

        _renderer.Render("summary", data);

        Assert.Equal(before, data.ToJsonString());
    }
}
