using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Turns;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// Answers presses on the approval card (verbs <c>refresh</c>, <c>approve</c>, <c>decline</c>,
/// <c>name-second-worker</c>), as Action.Execute invokes (the answer is the card in the same HTTP
/// response) or as the Action.Submit fallback of older clients (the answer is a message; the card is
/// updated through the outbox). Whoever pressed is <see cref="TurnInput.From"/>; an approver of a
/// pending request gets the buttons, anyone else the status with a note of who can decide. A decision
/// is a compare-and-set in the store: the winner's card shows it and every copy, the requester's chat
/// and feed are told through the outbox; a later press hears who decided first.
/// </summary>
public sealed partial class ApprovalCardResponder(
    IApprovalStore approvals,
    ApprovalCards cards,
    ApprovalNotifications notifications,
    TimeProvider clock,
    ILogger<ApprovalCardResponder> logger) : ITurnResponder
{
    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Kind is not (TurnKind.CardAction or TurnKind.CardSubmit) || ApprovalCardCommand.Read(input) is not { } command)
        {
            return null;
        }

        var viewer = input.From.AadObjectId;
        var approval = await approvals.FindAsync(command.ApprovalId, cancellationToken);
        if (approval is null)
        {
            return CardPressAnswers.Message(input, ApprovalTexts.Unknown);
        }

        if (command.Verb == ApprovalCardCommand.Refresh)
        {
            return CardPressAnswers.Card(input, await cards.RenderAsync(approval, viewer, notice: null, cancellationToken), ApprovalTexts.Unknown);
        }

        switch (approval.CheckDecision(viewer))
        {
            case ApprovalDecisionCheck.NotApprover:
                LogRefused(approval.Id);
                return await StatusAsync(input, approval, ApprovalTexts.NotApprover(approval), cancellationToken);
            case ApprovalDecisionCheck.AlreadyDecided:
                return await StatusAsync(input, approval, ApprovalTexts.AlreadyDecided(approval), cancellationToken);
        }

        if (ToDecision(command, viewer!, input.From.Name) is not { } decision)
        {
            var missing = command.Verb == ApprovalCardCommand.Decline ? ApprovalTexts.NeedReason : ApprovalTexts.NeedSecondWorker;
            return await StatusAsync(input, approval, missing, cancellationToken);
        }

        var result = await approvals.DecideAsync(approval.Id, decision, cancellationToken);
        if (result is null)
        {
            return CardPressAnswers.Message(input, ApprovalTexts.Unknown);
        }

        if (!result.Won)
        {
            return await StatusAsync(input, result.Approval, ApprovalTexts.AlreadyDecided(result.Approval), cancellationToken);
        }

        LogDecided(approval.Id, result.Approval.State);
        await notifications.DecidedAsync(result.Approval, cancellationToken);
        return await StatusAsync(input, result.Approval, ApprovalTexts.YouDecided(result.Approval), cancellationToken);
    }

    private ApprovalDecision? ToDecision(ApprovalCardCommand command, string decider, string? name)
    {
        var now = clock.GetUtcNow();
        return command.Verb switch
        {
            ApprovalCardCommand.Approve => ApprovalDecision.Approve(decider, name, now),
            ApprovalCardCommand.Decline when ApprovalDecision.IsUsableText(command.DeclineReason, ApprovalDecision.MaxReasonLength) =>
                ApprovalDecision.Decline(decider, name, command.DeclineReason!, now),
            ApprovalCardCommand.NameSecondWorker when ApprovalDecision.IsUsableText(command.SecondWorker, ApprovalDecision.MaxSecondWorkerLength) =>
                ApprovalDecision.NameSecondWorker(decider, name, command.SecondWorker!, now),
            _ => null,
        };
    }

    private Task<TurnOutcome> StatusAsync(TurnInput input, JointVisitApproval approval, string notice, CancellationToken cancellationToken) =>
        CardPressAnswers.StatusAsync(input, notice, () => cards.RenderAsync(approval, input.From.AadObjectId, notice, cancellationToken));


    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval {ApprovalId}: a press by someone not on the approver ladder was refused")]
    private partial void LogRefused(Guid approvalId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Approval {ApprovalId} decided: {State}")]
    private partial void LogDecided(Guid approvalId, ApprovalState state);
}
