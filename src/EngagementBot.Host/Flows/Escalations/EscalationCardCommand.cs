using System.Text.Json;
using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// A press on the escalation decision card: the verb, the escalation it names, and the note typed. From an
/// Action.Execute invoke (verb = <c>action.verb</c>, inputs merged into <c>action.data</c>) or from its
/// Action.Submit fallback (<c>{"command": verb, "escalationId", "note"}</c>). Only the id and the note are
/// read from the card: who pressed always comes from the authenticated activity.
/// </summary>
public sealed record EscalationCardCommand(string Verb, Guid EscalationId, string? Note)
{
    public const string Refresh = "escalation-refresh";
    public const string Agree = "escalation-agree";
    public const string Change = "escalation-change";
    public const string Supervision = "escalation-supervision";

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { Refresh, Agree, Change, Supervision };

    /// <summary>The verdict a decision verb stands for; null for refresh.</summary>
    public EscalationVerdict? Verdict => Verb switch
    {
        Agree => EscalationVerdict.Agree,
        Change => EscalationVerdict.Change,
        Supervision => EscalationVerdict.Supervision,
        _ => null,
    };

    /// <summary>The command, or null when the turn is not a press on an escalation card.</summary>
    public static EscalationCardCommand? Read(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Value is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var verb = input.Kind switch
        {
            TurnKind.CardAction => input.Text,
            TurnKind.CardSubmit => String(data, "command"),
            _ => null,
        };
        if (verb is null || !Verbs.Contains(verb) || !Guid.TryParse(String(data, "escalationId"), out var id)
            || (input.Kind == TurnKind.CardSubmit && string.Equals(verb, Refresh, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new EscalationCardCommand(verb.ToLowerInvariant(), id, String(data, "note"));
    }

    private static string? String(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
