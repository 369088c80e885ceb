using System.Text.Json;
using EngagementBot.Guidance.Risk;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Answers to pack questions as the dialog engine stores them (yes/no as booleans, a choice as its option
/// id, text as text) in the two shapes the flow needs: for the risk engine, and for the plan record.
/// </summary>
internal static class PackAnswers
{
    public static IReadOnlyDictionary<string, PackAnswer> ForRisk(IEnumerable<KeyValuePair<string, JsonElement>> answers)
    {
        var result = new Dictionary<string, PackAnswer>(StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            if (Text(value) is { } text)
            {
                result[question] = PackAnswer.FromString(text);
            }
        }

        return result;
    }

    /// <summary>An answer in the pack's spelling: "yes" / "no" for booleans; null for anything that is not an answer.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => PackAnswer.Yes,
        JsonValueKind.False => PackAnswer.No,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
