using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// The dialog action <c>escalation-start</c>, the first step of <c>escalate</c>: when the dialog was started
/// from a card (a pattern prompt's "Escalate" button, <c>{"command": "escalate", "caseReference": "…"}</c>),
/// takes the case reference from it if it matches the case-reference pattern, so the worker is not asked
/// again. Output: <c>{"caseReference"?}</c>.
/// </summary>
public sealed class EscalationStartAction(IOptions<DialogOptions> options) : IDialogAction
{
    public const string ActionName = "escalation-start";

    public string Name => ActionName;

    public Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = new Dictionary<string, string>();
        if (context.Turn.Kind == TurnKind.CardSubmit
            && context.Turn.Value is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("caseReference", out var given) && given.ValueKind == JsonValueKind.String
            && given.GetString()!.Trim().ToUpperInvariant() is { Length: > 0 } reference
            && Regex.IsMatch(reference, options.Value.CaseReferencePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            output["caseReference"] = reference;
        }

        return Task.FromResult(new DialogActionResult(JsonSerializer.SerializeToElement(output), []));
    }
}
