using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Testing;
using Xunit.Sdk;

namespace EngagementBot.Cards.Tests.Support;

/// <summary>What the official templating engine made of one case.</summary>
internal sealed record OfficialExpansion(string Id, JsonNode? Result, bool IsUndefined, string? Error)
{
    public bool Failed => Error is not null;
}

/// <summary>What the official Adaptive Cards parser said about one card.</summary>
internal sealed record ParseReport(string Id, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsClean => Errors.Count == 0 && Warnings.Count == 0;

    public override string ToString() =>
        $"{Id}: errors [{string.Join("; ", Errors)}] warnings [{string.Join("; ", Warnings)}]";
}

/// <summary>
/// Microsoft's own npm packages, driven through tools/cards/*.js: one node process per batch,
/// never one per assertion.
/// </summary>
internal static class OfficialEngine
{
    private static string Script(string name) => Path.Combine(RepoPaths.Tools, "cards", name);

    /// <summary>Expands each (id, template, data) with adaptivecards-templating; data null means no data.</summary>
    public static IReadOnlyDictionary<string, OfficialExpansion> ExpandAll(IEnumerable<(string Id, JsonNode? Template, JsonNode? Data)> cases)
    {
        var input = new JsonArray();
        foreach (var (id, template, data) in cases)
        {
            var item = new JsonObject { ["id"] = id, ["template"] = template?.DeepClone() };
            if (data is not null)
            {
                item["data"] = data.DeepClone();
            }

            input.Add(item);
        }

        var output = RunBatch("expand.js", input);
        return output.Select(o => o!.AsObject()).ToDictionary(
            o => o["id"]!.GetValue<string>(),
            o => new OfficialExpansion(
                o["id"]!.GetValue<string>(),
                o["result"]?.DeepClone(),
                o["undefined"] is not null,
                o["error"]?.GetValue<string>()),
            StringComparer.Ordinal);
    }

    /// <summary>Parses and validates each card with the adaptivecards package (schema 1.5).</summary>
    public static IReadOnlyDictionary<string, ParseReport> ParseAll(IEnumerable<(string Id, JsonNode? Card)> cards)
    {
        var input = new JsonArray();
        foreach (var (id, card) in cards)
        {
            input.Add(new JsonObject { ["id"] = id, ["card"] = card?.DeepClone() });
        }

        var output = RunBatch("parse.js", input);
        return output.Select(o => o!.AsObject()).ToDictionary(
            o => o["id"]!.GetValue<string>(),
            o => new ParseReport(o["id"]!.GetValue<string>(), Describe(o["errors"]!.AsArray()), Describe(o["warnings"]!.AsArray())),
            StringComparer.Ordinal);
    }

    private static List<string> Describe(JsonArray events) =>
        [.. events.Select(e => $"{e!["event"]}: {e["message"]}")];

    private static JsonArray RunBatch(string script, JsonArray input)
    {
        var result = NodeTool.Run(Script(script), ["--batch"], input.ToJsonString());
        if (result.ExitCode != 0)
        {
            throw new XunitException($"node {script} failed ({result.ExitCode}): {result.StdErr}");
        }

        try
        {
            return JsonNode.Parse(result.StdOut)!.AsArray();
        }
        catch (JsonException ex)
        {
            throw new XunitException($"node {script} printed something that is not JSON: {ex.Message}{Environment.NewLine}{result.StdErr}");
        }
    }
}
