using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// <c>share-plan-with-team</c>: queues the saved plan's team-channel copy (<see cref="PlanChannelCopy"/>: case
/// reference, times, risk level and advice, nothing personal) in the durable outbox, to open a new thread in
/// the practitioner's team channel. The message id derives from the plan and the channel, so a retried turn
/// queues it once. Output: <c>{ status: "queued" | "unavailable" }</c> (the channel went away since the question).
/// Arguments: <c>plan</c> (the save-plan step, whose output holds <c>planId</c>).
/// </summary>
public sealed partial class SharePlanWithTeamAction(
    IVisitPlanStore plans,
    PackCatalog packs,
    TeamChannels channels,
    OutboxQueue outbox,
    TimeProvider clock,
    ILogger<SharePlanWithTeamAction> logger) : IDialogAction
{
    public const string ActionName = "share-plan-with-team";

    public const string Shared = "Done — a copy is going to your team channel: the case reference, the times, the risk level and the advice. No names, address, phone number or answers.";

    public const string Unavailable = "Sorry — your team channel isn't taking posts from me any more, so I haven't shared the plan. Your plan and your session are unchanged.";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = await new PlanArguments(context).SavedPlanAsync("plan", plans, cancellationToken);

        if (await channels.ForAsync(context.Turn.From.AadObjectId, cancellationToken) is not { } channel)
        {
            LogUnavailable(plan.Id);
            return new DialogActionResult(JsonSerializer.SerializeToElement(new { status = "unavailable" }), [BotReply.FromText(Unavailable)]);
        }

        var pack = packs.TryGet(plan.PackId, out var own) ? own : packs.Active;
        var key = "visit-plan:" + plan.Id.ToString("D");
        await outbox.EnqueueAsync(
            OutboxIds.For(key, "channel-copy", channel.TeamsChannelId),
            PlanOutboxKinds.ChannelCopy,
            new PlanChannelPost(PlanChannelCopy.For(plan, pack), channel.TeamsChannelId, channel.Via),
            clock.GetUtcNow(),
            plan.Id.ToString("D"),
            cancellationToken);
        LogQueued(plan.Id);
        return new DialogActionResult(JsonSerializer.SerializeToElement(new { status = "queued" }), [BotReply.FromText(Shared)]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Visit plan {PlanId}: team-channel copy queued")]
    private partial void LogQueued(Guid planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Visit plan {PlanId}: no team channel to share with any more")]
    private partial void LogUnavailable(Guid planId);
}
