using System.Text.Json.Nodes;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class SchemaValidationTests
{
    [Fact]
    public void Validate_AllPacks_ZeroErrors()
    {
        var (exitCode, report) = SchemaValidator.Validate();

        Assert.True(exitCode == 0, report.ToJsonString());
        Assert.Equal(Packs.FileList.Count, (int)report["packs"]!);
        Assert.Empty(SchemaValidator.Errors(report));
    }

    [Fact]
    public void Validate_BrokenPack_FailsAndReportsEachError()
    {
        var pack = Packs.LoadJson("cwm-taf-children.json");
        var behaviour = pack["threateningBehaviours"]![0]!.AsObject();
        behaviour.Remove("source");
        behaviour["severity"] = "extreme";
        pack["recommendations"]![0]!["id"] = "Not Kebab Case";
        pack["surprise"] = true;

        var (exitCode, report) = SchemaValidator.ValidateDocument(pack);

        Assert.Equal(1, exitCode);
        var errors = SchemaValidator.Errors(report).ToList();
        Assert.Contains(errors, e => (string?)e["keyword"] == "required" && (string?)e["params"]!["missingProperty"] == "source");
        Assert.Contains(errors, e => (string?)e["keyword"] == "enum" && ((string?)e["instancePath"])!.EndsWith("/severity", StringComparison.Ordinal));
        Assert.Contains(errors, e => (string?)e["keyword"] == "pattern" && (string?)e["instancePath"] == "/recommendations/0/id");
        Assert.Contains(errors, e => (string?)e["keyword"] == "additionalProperties" && (string?)e["params"]!["additionalProperty"] == "surprise");
    }

    [Fact]
    public void Validate_QuestionNodeWithNextInsteadOfBranches_Fails()
    {
        var pack = Packs.LoadJson("forth-valley-children.json");
        var question = pack["escalationPath"]!["nodes"]!.AsArray()
            .Select(n => n!.AsObject())
            .First(n => (string?)n["kind"] == "question");
        question.Remove("branches");
        question["next"] = "start";

        var (exitCode, report) = SchemaValidator.ValidateDocument(pack);

        Assert.Equal(1, exitCode);
        Assert.Contains(SchemaValidator.Errors(report), e => (string?)e["keyword"] == "required" && (string?)e["params"]!["missingProperty"] == "branches");
    }

    [Fact]
    public void Validate_ChoiceQuestionWithoutOptions_Fails()
    {
        var pack = Packs.LoadJson("cwm-taf-children.json");
        var choice = pack["preContactQuestions"]!.AsArray()
            .Select(n => n!.AsObject())
            .First(n => (string?)n["kind"] == "choice");
        choice.Remove("options");

        var (exitCode, report) = SchemaValidator.ValidateDocument(pack);

        Assert.Equal(1, exitCode);
        Assert.Contains(SchemaValidator.Errors(report), e => (string?)e["params"]?["missingProperty"] == "options");
    }

    [Fact]
    public void Validate_YesNoRiskHintNamingOtherAnswer_Fails()
    {
        var pack = Packs.LoadJson("cwm-taf-children.json");
        var question = pack["preContactQuestions"]!.AsArray()
            .Select(n => n!.AsObject())
            .First(n => (string?)n["kind"] == "yesNo" && n["risk"] is not null);
        question["risk"]!["raisedBy"] = new JsonArray("maybe");

        var (exitCode, _) = SchemaValidator.ValidateDocument(pack);

        Assert.Equal(1, exitCode);
    }
}
