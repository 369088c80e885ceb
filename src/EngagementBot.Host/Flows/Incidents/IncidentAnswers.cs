using System.Globalization;
using System.Text.Json;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// The answers of <c>dialogs/report-incident.json</c> by step id, as the incident actions read them. A
/// missing optional answer is null; a blank text is null too.
/// </summary>
public sealed record IncidentAnswers(
    string? CaseReference,
    string? Area,
    DateTimeOffset? OccurredAt,
    string? Venue,
    string? Location,
    IReadOnlyList<string> Behaviours,
    string? OtherBehaviour,
    string? Narrative,
    bool AnyoneHurt,
    bool AtRiskSeen,
    string? AtRiskSeemed,
    bool PoliceTold,
    string? CrimeReference)
{
    public static IncidentAnswers Read(JsonElement answers) => new(
        Text(answers, "caseRef"),
        Text(answers, "area"),
        DateTimeOffset.TryParse(Text(answers, "when"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null,
        Text(answers, "venue"),
        Text(answers, "place"),
        ChosenBehaviours(answers),
        Text(answers, "whatElse"),
        Text(answers, "story"),
        Flag(answers, "hurt"),
        Flag(answers, "seen"),
        Text(answers, "seemed"),
        Flag(answers, "policeTold"),
        Text(answers, "crimeRef"));

    /// <summary>The behaviour ids chosen in step <c>what</c>.</summary>
    public static IReadOnlyList<string> ChosenBehaviours(JsonElement answers) =>
        answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty("what", out var what) && what.ValueKind == JsonValueKind.Array
            ? [.. what.EnumerateArray().Select(v => v.GetString()).OfType<string>()]
            : [];

    private static string? Text(JsonElement answers, string step) =>
        answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty(step, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static bool Flag(JsonElement answers, string step) =>
        answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty(step, out var value) && value.ValueKind == JsonValueKind.True;
}
