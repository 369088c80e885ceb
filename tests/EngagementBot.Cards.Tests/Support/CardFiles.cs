using System.Text.Json.Nodes;
using EngagementBot.Testing;

namespace EngagementBot.Cards.Tests.Support;

/// <summary>The templates and sample data of the repository's cards/ folder.</summary>
internal static class CardFiles
{
    public static IReadOnlyList<string> TemplateIds { get; } =
        [.. Directory.EnumerateFiles(RepoPaths.Cards, "*.json")
            .Select(Path.GetFileName)
            .Where(name => !name!.EndsWith(".data.json", StringComparison.Ordinal))
            .Select(name => Path.GetFileNameWithoutExtension(name!))
            .Order(StringComparer.Ordinal)];

    public static string TemplatePath(string id) => Path.Combine(RepoPaths.Cards, id + ".json");

    public static string DataPath(string id) => Path.Combine(RepoPaths.Cards, id + ".data.json");

    public static JsonNode Template(string id) => JsonNode.Parse(File.ReadAllText(TemplatePath(id)))!;

    public static JsonNode Data(string id) => JsonNode.Parse(File.ReadAllText(DataPath(id)))!;
}
