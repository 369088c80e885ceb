using System.Text.Json.Nodes;

namespace EngagementBot.Manifest.Tests;

public sealed class TemplateTests
{
    private static JsonObject Template() =>
        JsonNode.Parse(File.ReadAllText(ManifestScripts.Template))!.AsObject();

    private static IEnumerable<string> CommandTitles(JsonObject template, string scope) =>
        template["bots"]![0]!["commandLists"]!.AsArray()
            .Where(list => list!["scopes"]!.AsArray().Any(s => (string?)s == scope))
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => (string)command!["title"]!);

    [Fact]
    public void Template_PersonalCommands_AreThePractitionerCommands()
    {
        Assert.Equal(
            ["plan a visit", "arrived", "left safely", "I need help", "report an incident", "log", "escalate", "chronology", "help"],
            CommandTitles(Template(), "personal"));
    }

    [Theory]
    [InlineData("team")]
    [InlineData("groupChat")]
    public void Template_GroupCommands_AreTheAlertCommands(string scope)
    {
        Assert.Equal(["alerts on area=", "alerts off", "alerts status", "help"], CommandTitles(Template(), scope));
    }

    [Fact]
    public void Template_Bot_IsConversationalWithoutFilesInAllThreeScopes()
    {
        var bot = Template()["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.False((bool)bot["isNotificationOnly"]!);
        Assert.Equal("${{BOT_APP_ID}}", (string?)bot["botId"]);
    }

    [Theory]
    [InlineData("jointVisitApproval")]
    [InlineData("jointVisitDecision")]
    [InlineData("overdueVisitAlert")]
    [InlineData("helpRequested")]
    [InlineData("incidentReported")]
    [InlineData("escalationDecision")]
    public void Template_ActivityType_IsDeclaredWithParameters(string type)
    {
        var activity = Template()["activities"]!["activityTypes"]!.AsArray()
            .SingleOrDefault(a => (string?)a!["type"] == type);

        Assert.NotNull(activity);
        Assert.Matches(@"\{caseReference\}", (string)activity["templateText"]!);
    }
}
