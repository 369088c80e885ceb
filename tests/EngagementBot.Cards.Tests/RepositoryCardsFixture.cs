using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating;
using EngagementBot.Cards.Tests.Support;
using EngagementBot.Testing;

namespace EngagementBot.Cards.Tests;

/// <summary>
/// Renders every template of cards/ with its sample data (plus a few extra data variants) with our
/// binder and with the official engine, and parses our cards with the official parser: two node
/// runs for the whole class.
/// </summary>
public sealed class RepositoryCardsFixture
{
    /// <summary>Cards that must be reported by the official parser, proving the check can fail.</summary>
    public const string UnknownElementCase = "broken/unknown-element";

    public const string RequiredInputWithoutMessageCase = "broken/required-input-without-error-message";

    /// <summary>Extra data for the same templates: case id → (template id, data).</summary>
    public static IReadOnlyDictionary<string, (string TemplateId, JsonNode? Data)> Variants { get; } =
        new Dictionary<string, (string, JsonNode?)>(StringComparer.Ordinal)
        {
            ["menu/no-data"] = ("menu", null),
            ["welcome/no-name"] = ("welcome", new JsonObject()),
            ["summary/minimal"] = ("summary", JsonNode.Parse("""{"title":"Saved","facts":[]}""")),
            ["summary/user-text"] = ("summary", new JsonObject
            {
                ["title"] = "Incident summary",
                ["facts"] = new JsonArray(
                    new JsonObject { ["label"] = "What happened", ["value"] = CardText.Escape("*bold* [link](http://x) <at>x</at>") },
                    new JsonObject { ["label"] = "Said", ["value"] = CardText.Escape("He said \"stop\"\nthen 1. left\r\n- fast") }),
                ["note"] = CardText.Escape("Not ${$root.title} {{DATE(2017-02-14T06:00:00Z)}} _x_ ~y~ `z` & \\"),
            }),
            ["prompt-choice/styled"] = ("prompt-choice", JsonNode.Parse(
                """{"prompt":"safe","question":"Are you safe now?","choices":[{"title":"Yes, I'm safe","value":true,"style":"positive"},{"title":"No, I need help","value":false,"style":"destructive"}]}""")),
            ["form/minimal"] = ("form", JsonNode.Parse(
                """{"form":"f","title":"Quick note","fields":[{"kind":"text","id":"t","label":"Note"},{"kind":"toggle","id":"g","title":"Yes"},{"kind":"choice","id":"c","label":"Pick","compact":true,"multiSelect":true,"choices":[{"title":"A","value":"a"}]}]}""")),
            ["joint-visit-approval/decided"] = ("joint-visit-approval", JsonNode.Parse(
                """{"approvalId":"a1","title":"Joint visit approval","status":"Approved by your manager","tone":"good","facts":[{"label":"Case","value":"SC-0017"}],"approverUserIds":["29:abc"],"canDecide":false}""")),
            ["safety-alert/handled"] = ("safety-alert", JsonNode.Parse(
                """{"alertId":"a2","title":"SOS: Sam Worker needs help now","status":"Handled by Alex Manager at {{DATE(2026-03-02T10:05:00Z, SHORT)}} {{TIME(2026-03-02T10:05:00Z)}}","tone":"good","style":"good","facts":[{"label":"Worker","value":"Sam Worker"},{"label":"Where","value":"Not recorded (no visit planned)"}],"notice":"You're handling this alert. The details are below.","updated":"Raised {{DATE(2026-03-02T10:00:00Z, SHORT)}} {{TIME(2026-03-02T10:00:00Z)}}","userIds":[],"canHandle":false}""")),
            ["safety-alert/incident"] = ("safety-alert", JsonNode.Parse(
                """{"alertId":"a3","title":"Incident: Sam Worker reported an incident","status":"Please acknowledge it, so Sam Worker knows you've seen it.","tone":"attention","style":"attention","advice":"Please check in with them today.","facts":[{"label":"Case","value":"SC-0017"},{"label":"When","value":"{{DATE(2026-03-01T14:00:00Z, SHORT)}} {{TIME(2026-03-01T14:00:00Z)}}"},{"label":"Police","value":"Told (crime reference AB/123)"}],"updated":"Raised {{DATE(2026-03-02T10:00:00Z, SHORT)}} {{TIME(2026-03-02T10:00:00Z)}}","userIds":["29:1a2b3c-manager"],"canHandle":true,"handleTitle":"Acknowledge","canDecide":true,"decisionChoices":[{"title":"Release the worker from the case","value":"release-worker"},{"title":"Joint visits only","value":"joint-visits-only"}]}""")),
            ["safety-alert-channel/handled"] = ("safety-alert-channel", JsonNode.Parse(
                """{"alertId":"a2","title":"Lone-worker alert","status":"Handled by Pat Stranger at {{TIME(2026-03-02T10:05:00Z)}}","tone":"good","style":"good","notice":"Thank you","canHandle":false}""")),
        };

    public RepositoryCardsFixture()
    {
        Templates = CardTemplates.Load(RepoPaths.Cards);
        var cases = CardFiles.TemplateIds
            .Select(id => (CaseId: id, TemplateId: id, Data: (JsonNode?)CardFiles.Data(id)))
            .Concat(Variants.Select(v => (CaseId: v.Key, v.Value.TemplateId, v.Value.Data)))
            .ToList();

        Official = OfficialEngine.ExpandAll(cases.Select(c => (c.CaseId, (JsonNode?)CardFiles.Template(c.TemplateId), c.Data)));
        Ours = cases.ToDictionary(c => c.CaseId, c => Templates.Render(c.TemplateId, c.Data), StringComparer.Ordinal);

        var broken = new[]
        {
            (UnknownElementCase, """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"${kind}","text":"x"}]}""", """{"kind":"Text.Blok"}"""),
            (RequiredInputWithoutMessageCase, """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"${label}","isRequired":true}]}""", """{"label":"A"}"""),
        };
        foreach (var (id, template, data) in broken)
        {
            Ours[id] = CardTemplate.Parse(id, template).Expand(JsonNode.Parse(data));
        }

        Reports = OfficialEngine.ParseAll(Ours.Select(o => (o.Key, JsonNode.Parse(o.Value))));
    }

    public CardTemplates Templates { get; }

    internal IReadOnlyDictionary<string, OfficialExpansion> Official { get; }

    public Dictionary<string, string> Ours { get; }

    internal IReadOnlyDictionary<string, ParseReport> Reports { get; }
}
