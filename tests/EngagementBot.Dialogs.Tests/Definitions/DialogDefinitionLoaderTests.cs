using EngagementBot.Dialogs.Definitions;
using EngagementBot.Testing;

namespace EngagementBot.Dialogs.Tests.Definitions;

public class DialogDefinitionLoaderTests
{
    private static string Dialog(string steps, string id = "x", string triggers = """{ "utterances": ["x"] }""") =>
        $$"""{ "id": "{{id}}", "triggers": {{triggers}}, "steps": [ {{steps}} ] }""";

    private static DialogDefinitionException Rejects(params string[] definitions) =>
        Assert.Throws<DialogDefinitionException>(() => DialogDefinitionLoader.Load(definitions.Select((json, i) => ($"dialogs/{i + 1}.json", json))));

    [Fact]
    public void LoadDirectory_RepositoryDialogs_LoadsDemoAndSkipsTheSchema()
    {
        var catalog = DialogDefinitionLoader.LoadDirectory(RepoPaths.Dialogs);

        var demo = catalog.Get("demo");
        Assert.Equal("dialogs/demo.json", demo.Source);
        Assert.Same(demo, catalog.FindByUtterance("Try the demo!"));
        Assert.Same(demo, catalog.FindByCommand("demo"));
        Assert.DoesNotContain(catalog.Dialogs, d => d.Source.Contains("schema", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_SaysWhichFolder()
    {
        var error = Assert.Throws<DialogDefinitionException>(() => DialogDefinitionLoader.LoadDirectory("/nonexistent/dialogs"));

        Assert.Contains("/nonexistent/dialogs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStepKind_NamesFileStepAndKnownKinds()
    {
        var error = Rejects(Dialog("""{ "id": "ask", "kind": "telepathy", "prompt": "?" }"""));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("dialogs/1.json: step 'ask' has unknown kind 'telepathy'; expected one of: text, yesNo, choice", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "a", "kind": "text" }""", "step 'a' is missing 'prompt'")]
    [InlineData("""{ "id": "a", "prompt": "?" }""", "step 'a' has no kind")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "?", "options": [] }""", "step 'a' has unexpected property 'options'")]
    [InlineData("""{ "id": "a", "kind": "text", "promt": "?" }""", "step 'a' has unexpected property 'promt'")]
    [InlineData("""{ "id": "a", "kind": "number", "prompt": "?", "min": "one" }""", "$.steps[0].min")]
    [InlineData("""{ "id": "a", "kind": "number", "prompt": "?", "min": 5, "max": 1 }""", "step 'a': min is greater than max")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "?" }, { "id": "a", "kind": "yesNo", "prompt": "?" }""", "step 'a': the id is used by more than one step")]
    [InlineData("""{ "id": "end", "kind": "text", "prompt": "?" }""", "step 'end': a step id must")]
    [InlineData("""{ "id": "a.b", "kind": "text", "prompt": "?" }""", "step 'a.b': a step id must")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": { "card": "prompt-choice" } }""", "step 'a': the prompt needs text")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": { "text": "?", "colour": "red" } }""", "unknown prompt property 'colour'")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?", "options": [] }""", "step 'a': a choice needs options")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?" }""", "step 'a': a choice needs options")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?", "optionsFrom": "areas", "options": [ { "value": "x", "title": "X" } ] }""", "step 'a': 'optionsFrom' names a list")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?", "optionsFrom": "pack list" }""", "step 'a': 'optionsFrom' names a list")]
    [InlineData("""{ "id": "a", "kind": "yesNo", "prompt": "?", "multiple": true }""", "step 'a' has unexpected property 'multiple'")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "?", "ignorable": true }""", "step 'a' has unexpected property 'ignorable'")]
    [InlineData("""{ "id": "a", "kind": "choice", "prompt": "?", "options": [ { "value": "x", "title": "X" }, { "value": "x", "title": "Y" } ] }""", "option value 'x' is used twice")]
    [InlineData("""{ "id": "a", "kind": "yesNo", "prompt": "?" }, { "id": "b", "kind": "branch", "if": { "answer": "a", "equals": true }, "goto": "nowhere" }""", "step 'b': 'goto' names step 'nowhere'")]
    [InlineData("""{ "id": "b", "kind": "branch", "if": { "answer": "a", "equals": true }, "goto": "a" }, { "id": "a", "kind": "yesNo", "prompt": "?" }""", "step 'b': 'a' does not name an earlier step's answer")]
    [InlineData("""{ "id": "a", "kind": "yesNo", "prompt": "?" }, { "id": "b", "kind": "branch", "if": { "answer": "a", "equals": true, "exists": true }, "goto": "a" }""", "needs exactly one of equals")]
    [InlineData("""{ "id": "a", "kind": "yesNo", "prompt": "?" }, { "id": "b", "kind": "branch", "if": { }, "goto": "a" }""", "either {answer, <operator>}")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "Hello {later}" }, { "id": "later", "kind": "text", "prompt": "?" }""", "step 'a': 'later' does not name an earlier step's answer")]
    [InlineData("""{ "id": "f", "kind": "form", "title": "F", "fields": [ { "id": "x", "kind": "slider", "label": "X" } ] }""", "step 'f' field 'x' has unknown kind 'slider'")]
    [InlineData("""{ "id": "f", "kind": "form", "title": "F", "fields": [ { "id": "x", "kind": "choice", "label": "X" } ] }""", "step 'f' field 'x': a choice needs options")]
    [InlineData("""{ "id": "f", "kind": "form", "title": "F", "fields": [ { "id": "x", "kind": "text", "label": "X", "colour": "red" } ] }""", "step 'f' field 'x' has unexpected property 'colour'")]
    [InlineData("""{ "id": "f", "kind": "form", "title": "F", "fields": [] }""", "step 'f': a form needs at least one field")]
    [InlineData("""{ "id": "s", "kind": "summary", "title": "S", "facts": [ { "label": "", "value": "x" } ] }""", "step 's': every fact needs a label and a value")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "" }""", "step 'p': a group name is empty")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "groups": [] }""", "step 'p': a group name is empty")]
    [InlineData("""{ "id": "p", "kind": "packQuestions" }""", "step 'p': name the pack questions with either 'group' or 'groups'")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "groups": ["b"] }""", "step 'p': name the pack questions with either 'group' or 'groups'")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "groups": ["a", "b", "a"] }""", "step 'p': group 'a' is listed twice")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "title": "T" }""", "step 'p': 'title' and 'submitTitle' are for questions shown as a form")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "asForm": false, "submitTitle": "Go" }""", "step 'p': 'title' and 'submitTitle' are for questions shown as a form")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "asForm": true, "options": [] }""", "step 'p' has unexpected property 'options'")]
    [InlineData("""{ "id": "p", "kind": "packQuestions", "group": "a", "asForm": true, "title": "About {later}" }, { "id": "later", "kind": "text", "prompt": "?" }""", "step 'p': 'later' does not name an earlier step's answer")]
    [InlineData("""{ "id": "a", "kind": "dateTime", "prompt": "?", "after": "b" }, { "id": "b", "kind": "dateTime", "prompt": "?" }""", "step 'a': 'after' must name an earlier dateTime step")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": "?" }, { "id": "b", "kind": "dateTime", "prompt": "?", "after": "a" }""", "step 'b': 'after' must name an earlier dateTime step")]
    [InlineData("""{ "id": "a", "kind": "dateTime", "prompt": "?", "after": "a" }""", "step 'a': 'after' must name an earlier dateTime step")]
    [InlineData("""{ "id": "m", "kind": "message" }""", "step 'm' is missing 'text'")]
    [InlineData("""{ "id": "m", "kind": "message", "text": " " }""", "step 'm': 'text' is empty")]
    [InlineData("""{ "id": "m", "kind": "message", "text": "Hi", "prompt": "?" }""", "step 'm' has unexpected property 'prompt'")]
    [InlineData("""{ "id": "m", "kind": "message", "text": "Hi {later}" }, { "id": "later", "kind": "text", "prompt": "?" }""", "step 'm': 'later' does not name an earlier step's answer")]
    public void Load_InvalidStep_NamesFileAndStep(string steps, string expected)
    {
        var error = Rejects(Dialog(steps));

        Assert.Contains(error.Problems, p => p.StartsWith("dialogs/1.json", StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "id": "x", "steps": [] }""", "at least one step")]
    [InlineData("""{ "id": "x", "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ], "maxAttempts": 0 }""", "maxAttempts must be 1 or more")]
    [InlineData("""{ "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ] }""", "is missing 'id'")]
    [InlineData("""{ "id": "x", "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ], "owner": "me" }""", "unexpected property 'owner'")]
    [InlineData("""{ "id": "x", "steps": [ """, "not valid JSON")]
    [InlineData("""[ 1, 2 ]""", "a definition is a JSON object")]
    [InlineData("""{ "id": "x", "triggers": { "utterances": ["Help"] }, "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ] }""", "trigger 'Help' is empty or a global command")]
    [InlineData("""{ "id": "x", "triggers": { "commands": ["sos"] }, "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ] }""", "command 'sos' is empty, a global command")]
    [InlineData("""{ "id": "x", "triggers": { "commands": ["Choice"] }, "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ] }""", "command 'Choice' is empty, a global command or one that answers cards")]
    [InlineData("""{ "id": "x", "steps": [ { "id": "a", "kind": "beginDialog", "dialog": "ghost" } ] }""", "begins dialog 'ghost', which is not defined")]
    public void Load_InvalidDialog_SaysWhatIsWrong(string json, string expected)
    {
        var error = Rejects(json);

        Assert.Contains(error.Problems, p => p.StartsWith("dialogs/1.json", StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TwoDialogsClaimOneTrigger_NamesBothFiles()
    {
        var error = Rejects(
            Dialog("""{ "id": "a", "kind": "text", "prompt": "?" }""", "one", """{ "utterances": ["Plan a visit"] }"""),
            Dialog("""{ "id": "a", "kind": "text", "prompt": "?" }""", "two", """{ "utterances": ["plan a visit!"] }"""));

        Assert.Contains(error.Problems, p => p.Contains("dialogs/2.json: trigger 'plan a visit!' is also a trigger of dialogs/1.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SameDialogIdTwice_NamesBothFiles()
    {
        var error = Rejects(Dialog("""{ "id": "a", "kind": "text", "prompt": "?" }""", triggers: "{}"), Dialog("""{ "id": "a", "kind": "text", "prompt": "?" }""", triggers: "{}"));

        Assert.Contains(error.Problems, p => p.Contains("dialogs/2.json: dialog id 'x' is also used by dialogs/1.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ChildDialogsBeginEachOther_IsRejected()
    {
        var error = Rejects(
            Dialog("""{ "id": "b", "kind": "beginDialog", "dialog": "two" }""", "one", "{}"),
            Dialog("""{ "id": "b", "kind": "beginDialog", "dialog": "one" }""", "two", "{}"));

        Assert.Contains(error.Problems, p => p.Contains("dialog 'one' begins itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllOfThem()
    {
        var error = Rejects(Dialog("""{ "id": "a", "kind": "telepathy" }, { "id": "b", "kind": "text" }"""), "not json");

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("dialogs/2.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidDefinition_VersionIsSha256OfCanonicalJson()
    {
        var compact = Dialog("""{ "id": "a", "kind": "text", "prompt": "?" }""");
        var reordered = """
            {
              "steps": [ { "prompt": "?", "kind": "text", "id": "a" } ],
              "triggers": { "utterances": [ "x" ] },
              "id": "x"
            }
            """;
        var changed = Dialog("""{ "id": "a", "kind": "text", "prompt": "??" }""");

        var version = DialogDefinitionLoader.Load([("a.json", compact)]).Get("x").Version;

        Assert.Equal(version, DialogDefinitionLoader.Load([("b.json", reordered)]).Get("x").Version);
        Assert.NotEqual(version, DialogDefinitionLoader.Load([("c.json", changed)]).Get("x").Version);
    }
}
