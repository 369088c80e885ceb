using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>
/// Stands in for the joint-visit approval flow's <c>request-joint-visit</c> action (tests only): says
/// one fixed line and records each call, so the plan's paths can be checked without Graph.
/// </summary>
public sealed class RecordingJointVisitRequest : IDialogAction
{
    public const string Reply = "(test) Your manager has been asked.";

    public string Name => "request-joint-visit";

    public List<DialogActionContext> Calls { get; } = [];

    public Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        Calls.Add(context);
        return Task.FromResult(new DialogActionResult(JsonSerializer.SerializeToElement(new { requested = true }), [BotReply.FromText(Reply)]));
    }
}
