using System.Text.Json.Nodes;
using EngagementBot.Cards.Tests.Support;

namespace EngagementBot.Cards.Tests;

/// <summary>The proof for cards/: our binder equals Microsoft's engine, and Microsoft's parser accepts the result.</summary>
public sealed class RepositoryCardsTests(RepositoryCardsFixture fixture) : IClassFixture<RepositoryCardsFixture>
{
    private static readonly string[] ProductTemplates = ["form", "hazard-flags", "joint-visit-approval", "menu", "plan-summary", "prompt-choice", "risk-assessment", "safety-alert", "safety-alert-channel", "sos-arming", "summary", "welcome"];

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in CardFiles.TemplateIds.Concat(RepositoryCardsFixture.Variants.Keys))
            {
                data.Add(id);
            }

            return data;
        }
    }

    public static TheoryData<string> TemplateIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in CardFiles.TemplateIds)
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Fact]
    public void CardsFolder_ProductTemplates_AreAllPresent()
    {
        Assert.Subset(CardFiles.TemplateIds.ToHashSet(), ProductTemplates.ToHashSet());
        Assert.Equal(CardFiles.TemplateIds.Order(), fixture.Templates.Ids.Order());
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_EveryTemplate_HasSampleDataAndTargetsSchema15(string id)
    {
        Assert.True(File.Exists(CardFiles.DataPath(id)), $"{id}.data.json is missing");
        var template = CardFiles.Template(id);
        Assert.Equal("AdaptiveCard", template["type"]?.GetValue<string>());
        Assert.Equal("1.5", template["version"]?.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", template["$schema"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_TemplateWithData_EqualsOfficialEngine(string caseId)
    {
        var official = fixture.Official[caseId];
        Assert.False(official.Failed, $"the official engine failed on {caseId}: {official.Error}");
        JsonAssert.Equal(official.Result, JsonNode.Parse(fixture.Ours[caseId]));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_TemplateWithData_ParsesWithoutErrorsOrWarnings(string caseId)
    {
        var report = fixture.Reports[caseId];
        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void ParseScript_UnknownElementType_ReportsAnError()
    {
        var report = fixture.Reports[RepositoryCardsFixture.UnknownElementCase];
        Assert.Contains(report.Errors, e => e.StartsWith("UnknownElementType", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseScript_RequiredInputWithoutErrorMessage_ReportsAWarning()
    {
        var report = fixture.Reports[RepositoryCardsFixture.RequiredInputWithoutMessageCase];
        Assert.Empty(report.Errors);
        Assert.Contains(report.Warnings, w => w.StartsWith("RequiredInputsShouldHaveErrorMessage", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UserTextVariant_KeepsEscapedTextLiterally()
    {
        var card = JsonNode.Parse(fixture.Ours["summary/user-text"])!;
        var facts = card["body"]![1]!["facts"]!.AsArray();
        Assert.Equal(@"\*bold\* \[link\](http://x) \<at\>x\</at\>", facts[0]!["value"]!.GetValue<string>());
        Assert.StartsWith("Not ${$root.title}", card["body"]![2]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
