using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph;
using EngagementBot.Graph.Configuration;
using EngagementBot.Graph.Managers;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// The dialog action <c>request-joint-visit</c>: asks the practitioner's line manager (through Graph;
/// the configured fallback and delegates form the rest of the ladder) to approve a joint visit, stores
/// the request and hands every notification to the outbox (<see cref="ApprovalNotifications.AskRungAsync"/>),
/// then tells the practitioner whom it asked — or, when nobody can be asked, whom to phone.
/// Arguments: see <see cref="JointVisitArguments"/>. Output (the step's answer):
/// <c>{"status": "requested" | "noApprover" | "unavailable" | "missingCase" | "notIdentified", "approvalId"?, "approver"?}</c>.
/// Idempotent for a dialog run: the approval id derives from (instance, step), so running the step
/// again finds the stored request and enqueues nothing twice.
/// </summary>
public sealed partial class RequestJointVisitAction(
    IApprovalStore approvals,
    IManagerDirectory directory,
    ApprovalNotifications notifications,
    IOptions<ApprovalOptions> options,
    IOptions<GraphOptions> graphOptions,
    TimeProvider clock,
    ILogger<RequestJointVisitAction> logger) : IDialogAction
{
    public const string ActionName = "request-joint-visit";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = JointVisitArguments.Read(context.Answers, context.Arguments);
        var requester = context.Turn.From.AadObjectId;
        if (arguments.CaseReference is null)
        {
            LogMissingCase(context.DialogId, context.StepId);
            return Result("missingCase", ApprovalTexts.NoCaseReference);
        }

        if (string.IsNullOrWhiteSpace(requester))
        {
            return Result("notIdentified", ApprovalTexts.NotIdentified);
        }

        var id = OutboxIds.For("joint-visit-approval", context.InstanceId, context.StepId);
        var approval = await approvals.FindAsync(id, cancellationToken);
        var again = approval is not null;
        if (approval is null)
        {
            ApproverSet approvers;
            try
            {
                approvers = await directory.ResolveApproversAsync(requester, cancellationToken);
            }
            catch (GraphDeliveryException ex)
            {
                LogDirectoryUnavailable(ex.StatusCode, ex.IsTransient);
                var duty = options.Value.DutyContact;
                return Result("unavailable", ex.IsTransient ? ApprovalTexts.DirectoryUnavailable(duty) : ApprovalTexts.DirectoryNotSetUp(duty));
            }

            if (approvers.Primary is null)
            {
                LogNoApprover();
                return Result("noApprover", ApprovalTexts.NoApprover(options.Value.DutyContact));
            }

            approval = NewApproval(id, context, arguments, requester, approvers);
            await approvals.AddAsync(approval, cancellationToken);
            LogRequested(approval.Id, approval.Approvers.Rungs.Count);
        }

        await notifications.AskRungAsync(approval, 0, cancellationToken);
        var approver = ApprovalTexts.ApproverName(approval);
        var text = again ? ApprovalTexts.AskedAlready(approver, approval.CaseReference) : ApprovalTexts.Asked(approver, approval.CaseReference);
        return Result("requested", text, approval.Id, approver);
    }

    private JointVisitApproval NewApproval(Guid id, DialogActionContext context, JointVisitArguments arguments, string requester, ApproverSet approvers)
    {
        var fallback = graphOptions.Value.FallbackManagerAadObjectId?.Trim();
        if (string.IsNullOrEmpty(fallback) || string.Equals(fallback, requester, StringComparison.OrdinalIgnoreCase))
        {
            fallback = null;
        }

        var turn = context.Turn;
        var ladder = new ApproverLadder(approvers.Primary!.AadObjectId, approvers.Primary.DisplayName, approvers.DelegateAadObjectIds, fallback);
        var asker = new ApprovalRequester(
            requester, turn.From.Id, new ConversationRef(turn.Conversation.ChannelId, turn.Conversation.ConversationId), turn.From.Name);
        var now = clock.GetUtcNow();
        return JointVisitApproval.Request(
            id, arguments.CaseReference!, arguments.PlanId, asker, arguments.RiskLevel, arguments.Reason, ladder, now, now + options.Value.ReminderAfter);
    }

    private static DialogActionResult Result(string status, string text, Guid? approvalId = null, string? approver = null)
    {
        var output = new Dictionary<string, string> { ["status"] = status };
        if (approvalId is { } id)
        {
            output["approvalId"] = id.ToString("D");
        }

        if (approver is not null)
        {
            output["approver"] = approver;
        }

        return new DialogActionResult(JsonSerializer.SerializeToElement(output), [BotReply.FromText(text)]);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog {DialogId} step {StepId} asks for a joint visit but no case reference was found in its answers")]
    private partial void LogMissingCase(string dialogId, string stepId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not resolve approvers for a joint visit (Graph status {StatusCode}, transient {Transient}); the practitioner was told to phone")]
    private partial void LogDirectoryUnavailable(int? statusCode, bool transient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No approver for a joint visit (no line manager, no fallback); the practitioner was told to phone")]
    private partial void LogNoApprover();

    [LoggerMessage(Level = LogLevel.Information, Message = "Joint-visit approval {ApprovalId} requested ({Rungs} rungs on the ladder)")]
    private partial void LogRequested(Guid approvalId, int rungs);
}
