using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// The dialog action <c>incident-police-check</c>: when any chosen behaviour is one the active pack says the
/// police must be told about (a threat to kill, physical violence…), says so plainly before asking whether
/// they were. Output: <c>{"mustTell": true|false}</c>, for the dialog's branches and the record.
/// </summary>
public sealed class PoliceCheckAction(PackCatalog packs) : IDialogAction
{
    public const string ActionName = "incident-police-check";

    public string Name => ActionName;

    public Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chosen = IncidentAnswers.ChosenBehaviours(context.Answers);
        var mustTell = packs.Active.ThreateningBehaviours.Where(b => b.PoliceMustBeTold && chosen.Contains(b.Id)).Select(b => b.Label).ToList();
        IReadOnlyList<BotReply> replies = mustTell.Count > 0 ? [BotReply.FromText(IncidentTexts.PoliceMustBeTold(mustTell))] : [];
        return Task.FromResult(new DialogActionResult(JsonSerializer.SerializeToElement(new { mustTell = mustTell.Count > 0 }), replies));
    }
}
