using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Typed "escalate SC-0042-1" (also "escalate case …", "escalation for …"): starts the <c>escalate</c> dialog
/// with the case reference given, as the "Escalate" button of a pattern prompt does — the dialog engine gets
/// the same press (<c>{"command": "escalate", "caseReference": "…"}</c>), so <see cref="EscalationStartAction"/>
/// takes the reference only when it matches the case-reference pattern and otherwise the dialog asks for it.
/// Registered after the dialogs: while a dialog is in progress, what is typed answers it. "escalate" alone is
/// the dialog's own trigger.
/// </summary>
public sealed partial class EscalationCommandResponder(DialogEngine dialogs) : ITurnResponder
{
    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Kind != TurnKind.Message || string.IsNullOrWhiteSpace(input.Text)
            || EscalateCase().Match(input.Text.Trim()) is not { Success: true } typed)
        {
            return null;
        }

        var press = JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["command"] = "escalate",
            ["caseReference"] = typed.Groups["case"].Value.Trim(),
        });
        return await dialogs.RespondAsync(input with { Kind = TurnKind.CardSubmit, Text = null, Value = press }, cancellationToken);
    }

    [GeneratedRegex(@"^(escalate|escalation)\s+(for\s+)?(case\s+)?(?<case>\S.*?)\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EscalateCase();
}
