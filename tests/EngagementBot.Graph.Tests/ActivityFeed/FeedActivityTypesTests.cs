using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Testing;

namespace EngagementBot.Graph.Tests.ActivityFeed;

public sealed partial class FeedActivityTypesTests
{
    private static readonly Dictionary<string, string> ManifestTemplates = ReadManifestTemplates();

    [Fact]
    public void WireName_EveryActivityType_IsDeclaredInTheManifestAndViceVersa()
    {
        var ours = Enum.GetValues<FeedActivityType>().Select(FeedActivityTypes.WireName).Order(StringComparer.Ordinal);

        Assert.Equal(ManifestTemplates.Keys.Order(StringComparer.Ordinal), ours);
    }

    [Fact]
    public void RequiredParameters_EveryActivityType_AreTheManifestPlaceholdersExceptActor()
    {
        foreach (var type in Enum.GetValues<FeedActivityType>())
        {
            var template = ManifestTemplates[FeedActivityTypes.WireName(type)];
            var placeholders = PlaceholderRegex().Matches(template).Select(m => m.Groups[1].Value)
                .Where(name => name != "actor")
                .Order(StringComparer.Ordinal);

            Assert.Equal(placeholders, FeedActivityTypes.RequiredParameters(type).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void ToPairs_OnlySetValues_AreSentWithManifestNames()
    {
        var pairs = new FeedTemplateParameters(CaseReference: "CASE-1", MinutesOverdue: 0, Decision: " ").ToPairs();

        Assert.Equal([new("caseReference", "CASE-1"), new("minutesOverdue", "0")], pairs);
    }

    private static Dictionary<string, string> ReadManifestTemplates()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "manifest.template.json")))!;
        return manifest["activities"]!["activityTypes"]!.AsArray()
            .ToDictionary(t => t!["type"]!.GetValue<string>(), t => t!["templateText"]!.GetValue<string>(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PlaceholderRegex();
}
