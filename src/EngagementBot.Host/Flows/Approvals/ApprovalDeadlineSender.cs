using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// Delivers <see cref="ApprovalDeadline"/> (kind <c>approval.deadline</c>), the approval flow's use of
/// the general <b>durable timer via the outbox</b>: a message enqueued with its due time as
/// <c>NextAttemptAt</c> survives restarts, is claimed by one instance under a lease, and is retried if
/// that instance dies. On delivery it re-reads the approval and acts only if it still applies:
/// <list type="bullet">
/// <item>remind: still pending at this rung → remind its approvers;</item>
/// <item>escalate: still pending at this rung → move to the next rung (compare-and-set) and ask it,
/// telling the practitioner; at the last rung → expire (compare-and-set) and tell the practitioner
/// to phone;</item>
/// <item>already decided → re-send the decision's notifications (their ids make this a no-op when
/// they went out, and a repair when the process died between the decision and enqueueing them).</item>
/// </list>
/// Every step is idempotent, so a deadline delivered twice changes nothing the second time.
/// </summary>
public sealed partial class ApprovalDeadlineSender(
    IApprovalStore approvals,
    ApprovalNotifications notifications,
    IOptions<ApprovalOptions> options,
    TimeProvider clock,
    ILogger<ApprovalDeadlineSender> logger) : IOutboxSender
{
    public string Kind => ApprovalOutboxKinds.Deadline;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var deadline = OutboxPayload.Read<ApprovalDeadline>(message);
        var approval = await approvals.FindAsync(deadline.ApprovalId, cancellationToken)
            ?? throw new OutboxDeliveryException("the approval does not exist", isTransient: false);
        if (deadline.Step == DeadlineStep.Escalate)
        {
            approval = await MoveOnAsync(approval, deadline.Rung, cancellationToken);
        }

        if (!approval.IsPending)
        {
            await notifications.DecidedAsync(approval, cancellationToken);
        }
        else if (deadline.Step == DeadlineStep.Remind && approval.Rung == deadline.Rung)
        {
            LogReminding(approval.Id, deadline.Rung);
            await notifications.RemindAsync(approval, deadline.Rung, cancellationToken);
        }
        else if (deadline.Step == DeadlineStep.Escalate && approval.Rung == deadline.Rung + 1)
        {
            await notifications.AskRungAsync(approval, approval.Rung, cancellationToken);
            await notifications.EscalatedAsync(approval, cancellationToken);
        }
    }

    private async Task<JointVisitApproval> MoveOnAsync(JointVisitApproval approval, int rung, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var moved = false;
        if (approval.CanEscalate(rung))
        {
            moved = await approvals.EscalateAsync(approval.Id, rung, now + options.Value.ReminderAfter, cancellationToken);
            if (moved)
            {
                LogEscalated(approval.Id, rung + 1);
            }
        }
        else if (approval.CanExpire(rung))
        {
            moved = await approvals.ExpireAsync(approval.Id, rung, now, cancellationToken);
            if (moved)
            {
                LogExpired(approval.Id);
            }
        }

        return moved ? await approvals.FindAsync(approval.Id, cancellationToken) ?? approval : approval;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Approval {ApprovalId}: no decision yet; reminding rung {Rung}")]
    private partial void LogReminding(Guid approvalId, int rung);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval {ApprovalId}: no decision in time; asking rung {Rung}")]
    private partial void LogEscalated(Guid approvalId, int rung);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval {ApprovalId}: nobody on the ladder decided in time; the practitioner is told to phone")]
    private partial void LogExpired(Guid approvalId);
}
