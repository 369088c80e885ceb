using System.Text.Json.Nodes;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// Checks the raw JSON shape before it is read into records: known step kinds, and for each kind
/// the properties it needs and allows (<see cref="StepPropertyRules"/>).
/// </summary>
internal static class StructureValidator
{
    public static void Validate(string source, JsonObject root, List<string> problems)
    {
        CheckProperties($"{source}", root, StepPropertyRules.DialogRequired, StepPropertyRules.DialogOptional, problems);
        if (root["steps"] is not JsonArray steps)
        {
            if (root["steps"] is not null)
            {
                problems.Add($"{source}: 'steps' must be an array");
            }

            return;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            ValidateStep(source, i, steps[i], problems);
        }
    }

    private static void ValidateStep(string source, int index, JsonNode? node, List<string> problems)
    {
        if (node is not JsonObject step)
        {
            problems.Add($"{source}: step #{index + 1} must be an object");
            return;
        }

        var id = (step["id"] as JsonValue)?.TryGetValue<string>(out var s) == true ? s : $"#{index + 1}";
        var where = $"{source}: step '{id}'";
        var kindName = (step["kind"] as JsonValue)?.TryGetValue<string>(out var k) == true ? k : null;
        if (kindName is null)
        {
            problems.Add($"{where} has no kind; expected one of: {string.Join(", ", StepKinds.Names)}");
            return;
        }

        if (!StepKinds.TryParse(kindName, out var kind))
        {
            problems.Add($"{where} has unknown kind '{kindName}'; expected one of: {string.Join(", ", StepKinds.Names)}");
            return;
        }

        var (required, optional) = StepPropertyRules.For(kind);
        CheckProperties(where, step, ["id", "kind", .. required], optional, problems);
        if (kind == StepKind.Form && step["fields"] is JsonArray fields)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                if (fields[f] is JsonObject field)
                {
                    var fieldId = (field["id"] as JsonValue)?.TryGetValue<string>(out var fid) == true ? fid : $"#{f + 1}";
                    CheckProperties($"{where} field '{fieldId}'", field, StepPropertyRules.FieldRequired, StepPropertyRules.FieldOptional, problems);
                }
                else
                {
                    problems.Add($"{where} field #{f + 1} must be an object");
                }
            }
        }
    }

    private static void CheckProperties(string where, JsonObject obj, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, List<string> problems)
    {
        foreach (var name in required.Where(r => obj[r] is null))
        {
            problems.Add($"{where} is missing '{name}'");
        }

        foreach (var (name, _) in obj.Where(p => !required.Contains(p.Key) && !optional.Contains(p.Key)))
        {
            problems.Add($"{where} has unexpected property '{name}' (allowed: {string.Join(", ", required.Concat(optional))})");
        }
    }
}
