using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Tests.Approvals;

/// <summary>A pending request from a practitioner to their manager, with a delegate and a fallback.</summary>
internal static class ApprovalSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public const string Practitioner = "aad-practitioner";
    public const string Manager = "aad-manager";
    public const string Deputy = "aad-deputy";
    public const string Fallback = "aad-duty";

    public static ApproverLadder Ladder => new(Manager, "Alex Manager", [Deputy], Fallback);

    public static JointVisitApproval Pending(ApproverLadder? ladder = null) => JointVisitApproval.Request(
        Guid.Parse("6d1f1e55-0000-4000-8000-000000000001"),
        "SC-0017",
        planId: null,
        new ApprovalRequester(Practitioner, "29:practitioner", new ConversationRef("msteams", "a:practitioner"), "Sam Worker"),
        riskLevel: "high",
        reason: "history of violence",
        ladder ?? Ladder,
        T0,
        T0.AddMinutes(15));
}
