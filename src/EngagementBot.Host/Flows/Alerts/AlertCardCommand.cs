using System.Text.Json;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// A press on the alert card: <c>alert-handle</c> ("I'm handling this", or "Acknowledge" on an incident)
/// or <c>alert-refresh</c> (Teams fetching the current card), and the alert it names. From an
/// Action.Execute invoke (verb = <c>action.verb</c>) or the Action.Submit fallback
/// (<c>{"command": "alert-handle", "alertId"}</c>). An incident card's inputs come with the press:
/// <c>decisions</c> (the multi-select, comma-separated ids of <see cref="IncidentDecisions"/>) and an
/// optional <c>note</c>. Only these are read from the card: who pressed always comes from the
/// authenticated activity.
/// </summary>
public sealed record AlertCardCommand(string Verb, Guid AlertId, IReadOnlyList<string> Decisions, string? Note)
{
    public const string Handle = "alert-handle";
    public const string Refresh = "alert-refresh";

    /// <summary>The command, or null when the turn is not a press on an alert card.</summary>
    public static AlertCardCommand? Read(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Value is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var verb = input.Kind switch
        {
            TurnKind.CardAction => input.Text,
            TurnKind.CardSubmit => Text(data, "command"),
            _ => null,
        };
        var known = string.Equals(verb, Handle, StringComparison.OrdinalIgnoreCase)
            || (input.Kind == TurnKind.CardAction && string.Equals(verb, Refresh, StringComparison.OrdinalIgnoreCase));
        return known && Guid.TryParse(Text(data, "alertId"), out var alertId)
            ? new AlertCardCommand(verb!.ToLowerInvariant(), alertId, IncidentDecisions.Parse(Text(data, "decisions")), Text(data, "note"))
            : null;
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
