using System.Text.Json;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// A press on the approval card: the verb, the approval it names, and the typed inputs. From an
/// Action.Execute invoke (verb = <c>action.verb</c>, inputs merged into <c>action.data</c>) or from its
/// Action.Submit fallback (<c>{"command": verb, "approvalId", …inputs}</c>). Only ids and inputs are read
/// from the card: who pressed always comes from the authenticated activity.
/// </summary>
public sealed record ApprovalCardCommand(string Verb, Guid ApprovalId, string? DeclineReason, string? SecondWorker)
{
    public const string Refresh = "refresh";
    public const string Approve = "approve";
    public const string Decline = "decline";
    public const string NameSecondWorker = "name-second-worker";

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { Refresh, Approve, Decline, NameSecondWorker };

    /// <summary>The command, or null when the turn is not a press on an approval card.</summary>
    public static ApprovalCardCommand? Read(TurnInput input)
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
        if (verb is null || !Verbs.Contains(verb) || !Guid.TryParse(String(data, "approvalId"), out var approvalId)
            || (input.Kind == TurnKind.CardSubmit && string.Equals(verb, Refresh, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new ApprovalCardCommand(verb.ToLowerInvariant(), approvalId, String(data, "declineReason"), String(data, "secondWorker"));
    }

    private static string? String(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
