using System.Text.Json;
using EngagementBot.Domain.Cases;

namespace EngagementBot.Storage.Mapping;

/// <summary>How a flag's advice is written in one text column: a JSON array of advice codes, in order.</summary>
internal static class HazardAdviceList
{
    public static string ToText(IReadOnlyList<HazardAdvice> advice) =>
        JsonSerializer.Serialize(advice.Select(HazardVocabulary.Advice.Code).ToArray());

    public static IReadOnlyList<HazardAdvice> Parse(string text)
    {
        var codes = JsonSerializer.Deserialize<string[]>(text)
            ?? throw new InvalidOperationException("Hazard flag advice in the database is null.");
        return [.. codes.Select(HazardVocabulary.Advice.ReadCode)];
    }
}
