using System.Text.Json.Nodes;
using EngagementBot.Testing;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>Runs tools/seeds/validate.js (ajv, strict) and reads its JSON report.</summary>
public static class SchemaValidator
{
    public static string Script => Path.Combine(RepoPaths.Tools, "seeds", "validate.js");

    public static (int ExitCode, JsonNode Report) Validate(params string[] packFiles)
    {
        var result = NodeTool.Run(Script, packFiles);
        var report = JsonNode.Parse(result.StdOut)
            ?? throw new InvalidDataException($"validate.js printed nothing; stderr: {result.StdErr}");
        return (result.ExitCode, report);
    }

    /// <summary>Writes <paramref name="pack"/> to a temporary file and validates it.</summary>
    public static (int ExitCode, JsonNode Report) ValidateDocument(JsonNode pack)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, pack.ToJsonString());
        try
        {
            return Validate(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static IEnumerable<JsonNode> Errors(JsonNode report) =>
        report["results"]!.AsArray().SelectMany(r => r!["errors"]!.AsArray()).Select(e => e!);
}
