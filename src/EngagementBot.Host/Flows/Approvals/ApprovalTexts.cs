using EngagementBot.Domain.Approvals;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>What the approval flow says. Plain text for chat messages; the card view escapes what it binds.</summary>
internal static class ApprovalTexts
{
    public const string CardTitle = "Joint visit approval";

    public static string ApproverName(JointVisitApproval approval) => approval.Approvers.PrimaryName ?? "your manager";

    public static string DeciderName(JointVisitApproval approval) => approval.DecidedByName ?? "an approver";

    public static string RequesterName(JointVisitApproval approval) => approval.RequestedBy.DisplayName ?? "A colleague";

    public static string Asked(string approver, string caseReference) =>
        $"I've asked {approver} to approve a joint visit for {caseReference}. I'll tell you here as soon as they decide. Until then, please don't visit alone.";

    public static string AskedAlready(string approver, string caseReference) =>
        $"I've already asked {approver} to approve a joint visit for {caseReference}. I'll tell you here as soon as they decide.";

    public static string NoApprover(string dutyContact) =>
        $"I couldn't find a line manager for you in the directory, so I haven't sent a joint-visit request. Please phone {dutyContact} now to agree the joint visit, and don't visit alone until it's agreed.";

    public static string DirectoryUnavailable(string dutyContact) =>
        $"I couldn't reach the directory to find your manager just now, so no joint-visit request has been sent. Please phone {dutyContact} now to agree the joint visit, or try again in a few minutes.";

    public static string DirectoryNotSetUp(string dutyContact) =>
        $"I can't look up your manager from here, so no joint-visit request has been sent. Please phone {dutyContact} now to agree the joint visit, and don't visit alone until it's agreed.";

    public const string NoCaseReference =
        "I need the case reference before I can ask for a joint visit. Please start the visit plan again, or phone your manager.";

    public const string NotIdentified =
        "I can't tell who you are from this chat, so I can't ask your manager for you. Please phone your manager to agree the joint visit.";

    public static string Outcome(JointVisitApproval approval, string dutyContact)
    {
        var who = DeciderName(approval);
        var caseReference = approval.CaseReference;
        return approval.State switch
        {
            ApprovalState.Approved => $"{who} approved the joint visit for {caseReference}.",
            ApprovalState.SecondWorkerNamed => $"{who} approved the joint visit for {caseReference} and named {approval.SecondWorker} as the second worker.",
            ApprovalState.Declined => $"{who} declined the joint visit for {caseReference}. Their reason: {approval.DeclineReason}. Please talk to them before you plan the visit again.",
            ApprovalState.Expired => $"Nobody has decided on the joint visit for {caseReference} in time. Please phone {dutyContact} now, and don't visit alone until a joint visit is agreed.",
            _ => $"The joint visit for {caseReference} is still waiting for a decision.",
        };
    }

    /// <summary>The <c>{decision}</c> of the <c>jointVisitDecision</c> feed template: "{actor} {decision} your joint visit request for case …".</summary>
    public static string FeedDecision(ApprovalState state) => state switch
    {
        ApprovalState.Approved => "approved",
        ApprovalState.SecondWorkerNamed => "approved, with a named second worker,",
        ApprovalState.Declined => "declined",
        _ => "had no decision on",
    };

    /// <summary>The feed preview: the outcome only, never a reason or a name (feeds show on lock screens).</summary>
    public static string DecisionPreview(JointVisitApproval approval) => approval.State switch
    {
        ApprovalState.Approved or ApprovalState.SecondWorkerNamed => $"Joint visit for {approval.CaseReference}: approved",
        ApprovalState.Declined => $"Joint visit for {approval.CaseReference}: declined",
        _ => $"Joint visit for {approval.CaseReference}: no decision in time",
    };

    public static string Escalated(string caseReference) =>
        $"Nobody has decided on the joint visit for {caseReference} yet, so I've also asked the next person who can approve it. I'll tell you here as soon as someone decides.";

    public static string Reminder(JointVisitApproval approval) =>
        $"Reminder: {RequesterName(approval)} is still waiting for a decision on a joint visit for {approval.CaseReference}. Please approve, decline or name a second worker on the card above.";

    public static string AskPreview(string caseReference) => $"Joint visit approval needed for {caseReference}";

    public static string ReminderPreview(string caseReference) => $"Reminder: joint visit approval still needed for {caseReference}";

    public static string MailSubject(string caseReference) => $"Joint visit approval needed: {caseReference}";

    public static string MailBody(JointVisitApproval approval, string chatLink) =>
        $"""
        {RequesterName(approval)} has asked you to approve a joint visit for case {approval.CaseReference}{(approval.RiskLevel is null ? string.Empty : $" (risk level: {approval.RiskLevel})")}.

        Please open the EngagementBot chat in Microsoft Teams to approve it, decline it or name a second worker:
        {chatLink}

        If you can't use Teams right now, please phone them.
        """;

    public static string NotApprover(JointVisitApproval approval) =>
        $"Only {ApproverName(approval)} or a delegate can decide this request.";

    public static string AlreadyDecided(JointVisitApproval approval) =>
        approval.State == ApprovalState.Expired
            ? "This request expired before anyone decided."
            : $"Already decided by {DeciderName(approval)}.";

    public const string NeedReason = "To decline, please type a reason in the box first.";

    public const string NeedSecondWorker = "To name a second worker, please type their name in the box first.";

    public const string Unknown = "This request is no longer available.";

    public static string YouDecided(JointVisitApproval approval) =>
        $"Thank you. I've told {RequesterName(approval)}.";
}
