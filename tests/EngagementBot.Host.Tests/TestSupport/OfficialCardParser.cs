using System.Text.Json.Nodes;
using EngagementBot.Testing;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>Microsoft's adaptivecards parser (tools/cards/parse.js) on cards the bot sent.</summary>
public static class OfficialCardParser
{
    /// <summary>Every error and warning the parser raised for <paramref name="cardJson"/>; empty when the card is clean.</summary>
    public static IReadOnlyList<string> Problems(string cardJson)
    {
        var input = new JsonArray { new JsonObject { ["id"] = "card", ["card"] = JsonNode.Parse(cardJson) } };
        var result = NodeTool.Run(Path.Combine(RepoPaths.Tools, "cards", "parse.js"), ["--batch"], input.ToJsonString());
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"node cards/parse.js failed ({result.ExitCode}): {result.StdErr}");
        }

        var report = JsonNode.Parse(result.StdOut)!.AsArray().Single()!;
        return [.. new[] { "errors", "warnings" }
            .SelectMany(kind => report[kind]!.AsArray().Select(e => $"{kind}: {e!["event"]}: {e["message"]}"))];
    }
}
