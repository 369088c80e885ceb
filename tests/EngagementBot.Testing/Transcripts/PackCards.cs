using System.Text.Json.Nodes;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Testing.Transcripts;

/// <summary>
/// Fills in the plan's pack question cards as a practitioner would: reads the inputs off the rendered
/// card and sends what its button sends (the button's data plus every input's value).
/// </summary>
public static class PackCards
{
    /// <summary>A procedure pack as the repository ships it (<c>seeds/packs</c>).</summary>
    public static ProcedurePack Shipped(string packId = "cwm-taf-children") =>
        PackCatalog.Load(Path.Combine(RepoPaths.Seeds, "packs"), packId).Active;

    /// <summary>
    /// For each of the pack's questions, the answer that raises no risk by the pack's own hints ("no" where
    /// "yes" raises it and the other way round, the first harmless option, a few words for text).
    /// </summary>
    public static Dictionary<string, string> SafeAnswers(ProcedurePack pack) =>
        pack.PreContactQuestions.ToDictionary(q => q.Id, q => q.Kind switch
        {
            QuestionKind.YesNo => q.Risk?.RaisedBy.Contains("no") == true ? "yes" : "no",
            QuestionKind.Choice => q.Options!.First(o => q.Risk?.RaisedBy.Contains(o.Id) != true).Id,
            _ => "Nobody else expected",
        });

    /// <summary>The inputs of a rendered card, in order.</summary>
    public static IReadOnlyList<JsonObject> Inputs(JsonNode card) => [.. Objects(card).Where(o => o["type"]?.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) == true)];

    /// <summary>What pressing the card's first button sends, with every input answered from <paramref name="answers"/>.</summary>
    public static JsonObject Submit(JsonNode card, IReadOnlyDictionary<string, string> answers)
    {
        var data = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            data[id] = answers[id];
        }

        return data;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
