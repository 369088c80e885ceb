using System.Text.Json;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// A press on the alert card: <c>alert-handle</c> ("I'm handling this") or <c>alert-refresh</c> (Teams
/// fetching the current card), and the alert it names. From an Action.Execute invoke (verb =
/// <c>action.verb</c>) or the Action.Submit fallback (<c>{"command": "alert-handle", "alertId"}</c>).
/// Only the id is read from the card: who pressed always comes from the authenticated activity.
/// </summary>
public sealed record AlertCardCommand(string Verb, Guid AlertId)
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
            TurnKind.CardSubmit => data.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String ? command.GetString() : null,
            _ => null,
        };
        var known = string.Equals(verb, Handle, StringComparison.OrdinalIgnoreCase)
            || (input.Kind == TurnKind.CardAction && string.Equals(verb, Refresh, StringComparison.OrdinalIgnoreCase));
        return known && data.TryGetProperty("alertId", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var alertId)
            ? new AlertCardCommand(verb!.ToLowerInvariant(), alertId)
            : null;
    }
}
