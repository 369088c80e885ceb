using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementBot.Domain.Alerts;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// How an alert's ladder is written in one text column: a JSON array of rungs, each an array of
/// <c>{"kind", "id", "role"}</c> targets in order. An unreadable value in the database is an error.
/// </summary>
internal static class AlertLadderColumn
{
    public static string ToText(IReadOnlyList<AlertRung> ladder) =>
        JsonSerializer.Serialize(ladder
            .Select(rung => rung.Targets.Select(t => new TargetRow(LoneWorkerNames.TargetKinds.ToName(t.Kind), t.Id, t.Role)).ToArray())
            .ToArray());

    public static IReadOnlyList<AlertRung> Parse(string text)
    {
        var rungs = JsonSerializer.Deserialize<TargetRow[][]>(text)
            ?? throw new InvalidOperationException("An alert ladder in the database is null.");
        return [.. rungs.Select(targets => new AlertRung([.. targets.Select(ToTarget)]))];
    }

    private static AlertTarget ToTarget(TargetRow row) => new(LoneWorkerNames.TargetKinds.Parse(row.Kind), row.Id, row.Role);

    private sealed record TargetRow(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("role")] string Role);
}
