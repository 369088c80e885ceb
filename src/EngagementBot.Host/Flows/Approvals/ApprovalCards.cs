using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// Renders the <c>joint-visit-approval</c> card for one viewer: an approver of a pending request sees
/// the inputs and buttons, everyone else (and everyone once it is decided) the live status. The card's
/// <c>refresh.userIds</c> lists the Teams user ids of the approvers asked so far, so Teams fetches
/// their own view (verb <c>refresh</c>) whenever they open it.
/// </summary>
public sealed class ApprovalCards(ICardTemplates templates, IConversationReferenceStore references)
{
    public const string TemplateId = "joint-visit-approval";

    /// <summary>Teams allows at most this many users in <c>refresh.userIds</c>.</summary>
    public const int MaxRefreshUsers = 60;

    public async Task<string> RenderAsync(JointVisitApproval approval, string? viewerAadObjectId, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var canDecide = approval.IsPending && approval.IsApprover(viewerAadObjectId);
        var data = new JsonObject
        {
            ["approvalId"] = approval.Id.ToString("D"),
            ["title"] = ApprovalTexts.CardTitle,
            ["status"] = CardText.Escape(Status(approval, canDecide)),
            ["tone"] = Tone(approval.State),
            ["facts"] = Facts(approval),
            ["updated"] = Updated(approval),
            ["approverUserIds"] = new JsonArray([.. (await ApproverUserIdsAsync(approval, cancellationToken)).Select(id => JsonValue.Create(id))]),
            ["canDecide"] = canDecide,
        };
        if (notice is not null)
        {
            data["notice"] = CardText.Escape(notice);
        }

        return templates.Render(TemplateId, data);
    }

    private async Task<List<string>> ApproverUserIdsAsync(JointVisitApproval approval, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var approver in approval.AskedApprovers)
        {
            var chat = await references.FindPersonalByAadObjectIdAsync(approver, cancellationToken);
            if (!string.IsNullOrWhiteSpace(chat?.UserId) && !ids.Contains(chat.UserId, StringComparer.Ordinal))
            {
                ids.Add(chat.UserId);
            }
        }

        return [.. ids.Take(MaxRefreshUsers)];
    }

    private static string Status(JointVisitApproval approval, bool canDecide) => approval.State switch
    {
        ApprovalState.Pending when canDecide => "Waiting for your decision",
        ApprovalState.Pending => $"Waiting for a decision from {ApprovalTexts.ApproverName(approval)}",
        ApprovalState.Approved => $"Approved by {ApprovalTexts.DeciderName(approval)}",
        ApprovalState.SecondWorkerNamed => $"Approved by {ApprovalTexts.DeciderName(approval)}, with a second worker",
        ApprovalState.Declined => $"Declined by {ApprovalTexts.DeciderName(approval)}",
        _ => "Nobody decided in time",
    };

    private static string Tone(ApprovalState state) => state switch
    {
        ApprovalState.Pending => "warning",
        ApprovalState.Approved or ApprovalState.SecondWorkerNamed => "good",
        _ => "attention",
    };

    private static JsonArray Facts(JointVisitApproval approval)
    {
        var facts = new JsonArray { Fact("Case", approval.CaseReference) };
        AddFact(facts, "Risk level", approval.RiskLevel is { Length: > 0 } level ? char.ToUpperInvariant(level[0]) + level[1..] : null);
        AddFact(facts, "Why", approval.Reason);
        AddFact(facts, "Asked by", approval.RequestedBy.DisplayName);
        AddFact(facts, "Second worker", approval.SecondWorker);
        AddFact(facts, "Reason", approval.DeclineReason);
        return facts;
    }

    private static void AddFact(JsonArray facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(Fact(label, value));
        }
    }

    private static JsonObject Fact(string label, string value) => new() { ["label"] = label, ["value"] = CardText.Escape(value) };

    // Teams shows {{DATE}} and {{TIME}} in the reader's own time zone and language.
    private static string Updated(JointVisitApproval approval) =>
        approval.DecidedAt is { } decided && approval.State != ApprovalState.Expired
            ? $"Decided {When(decided)}"
            : $"Asked {When(approval.CreatedAt)}";

    private static string When(DateTimeOffset at)
    {
        var utc = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, SHORT)}}}} {{{{TIME({utc})}}}}";
    }
}
