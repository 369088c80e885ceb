using System.Text.Json;
using EngagementBot.Testing;

namespace EngagementBot.Dialogs.Tests.Definitions;

/// <summary>dialogs/dialog.schema.json, checked by ajv (a real JSON Schema validator) against the repository's definitions and broken ones.</summary>
public sealed class DialogSchemaTests : IDisposable
{
    private static readonly string Schema = Path.Combine(RepoPaths.Dialogs, "dialog.schema.json");
    private static readonly string Validator = Path.Combine(RepoPaths.Root, "tests", "EngagementBot.Dialogs.Tests", "Definitions", "validate-dialog-schema.js");
    private readonly string _temp = Directory.CreateTempSubdirectory("dialog-schema-").FullName;

    private sealed record Result(string File, bool Valid, string[] Errors);

    private static Result[] Validate(IEnumerable<string> files)
    {
        var run = NodeTool.Run(Validator, [Schema, .. files]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        return JsonSerializer.Deserialize<Result[]>(run.StdOut, JsonSerializerOptions.Web)!;
    }

    private string Write(string json)
    {
        var path = Path.Combine(_temp, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Schema_RepositoryDefinitions_AreValid()
    {
        var files = Directory.GetFiles(RepoPaths.Dialogs, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);

        Assert.All(Validate(files), r => Assert.True(r.Valid, $"{r.File}: {string.Join("; ", r.Errors)}"));
    }

    [Fact]
    public void Schema_TestDefinitions_AreValid()
    {
        var definitions = typeof(TestDoubles.TestDefinitions).GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.All(Validate(definitions.Select(Write)), r => Assert.True(r.Valid, string.Join("; ", r.Errors)));
    }

    [Theory]
    [InlineData("""{ "id": "a", "kind": "telepathy", "prompt": "?" }""", "must be equal to one of the allowed values")]
    [InlineData("""{ "id": "a", "kind": "text" }""", "must have required property 'prompt'")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "?", "options": [] }""", "must NOT have additional properties")]
    [InlineData("""{ "id": "a", "kind": "dateTime", "prompt": "?", "constraint": "soon" }""", "must be equal to one of the allowed values")]
    [InlineData("""{ "id": "a.b", "kind": "text", "prompt": "?" }""", "must match pattern")]
    [InlineData("""{ "id": "b", "kind": "branch", "if": { "answer": "a", "equals": true, "exists": true }, "goto": "a" }""", "must NOT have more than 2 properties")]
    [InlineData("""{ "id": "f", "kind": "form", "title": "F", "fields": [ { "id": "x", "kind": "choice", "label": "X" } ] }""", "must have required property 'options'")]
    [InlineData("""{ "id": "p", "kind": "packQuestions" }""", "must match exactly one schema in oneOf")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?" }""", "must match exactly one schema in oneOf")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?", "optionsFrom": "areas", "options": [ { "value": "x", "title": "X" } ] }""", "must match exactly one schema in oneOf")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?", "optionsFrom": "areas", "multiple": "yes" }""", "must be boolean")]
    [InlineData("""{ "id": "a", "kind": "yesNo", "prompt": "?", "ignorable": "yes" }""", "must be boolean")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "?", "ignorable": true }""", "must NOT have additional properties")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "groups": ["b"] }""", "must match exactly one schema in oneOf")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "groups": ["a", "a"] }""", "must NOT have duplicate items")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "title": "T" }""", "must NOT be valid")]
    [InlineData("""{ "id": "m", "kind": "message" }""", "must have required property 'text'")]
    [InlineData("""{ "id": "m", "kind": "message", "text": "Hi", "help": "?" }""", "must NOT have additional properties")]
    public void Schema_BrokenStep_IsRejected(string step, string expected)
    {
        var result = Assert.Single(Validate([Write($$"""{ "id": "x", "steps": [ {{step}} ] }""")]));

        Assert.False(result.Valid);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
