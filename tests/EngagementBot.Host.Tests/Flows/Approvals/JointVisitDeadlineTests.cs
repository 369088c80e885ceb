using EngagementBot.Domain.Approvals;
using static EngagementBot.Host.Tests.Flows.Approvals.ApprovalFlowHost;

namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>No decision in time: the durable timers remind, then ask the next rung, then tell the practitioner to phone.</summary>
public sealed class JointVisitDeadlineTests : IAsyncLifetime
{
    private ApprovalFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await ApprovalFlowHost.StartAsync(new Dictionary<string, string?>
    {
        ["Approvals:ReminderAfter"] = "00:00:01",
        ["Approvals:EscalateAfter"] = "00:00:02",
        ["Approvals:DutyContact"] = "the duty team on 01234 567890",
    });

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task NoDecision_ReminderThenDelegateThenExpiry_EachOnceAndInOrder()
    {
        var approval = await _flow.RequestAsync();
        var managerChat = ManagerChat(approval);

        await Eventually.TrueAsync(() => _flow.TextsIn(managerChat).Any(t => t.StartsWith("Reminder:", StringComparison.Ordinal)), "the manager was reminded");
        Assert.DoesNotContain(_flow.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations" && c.Body!["members"]![0]!["id"]!.GetValue<string>() == Deputy);

        var escalated = await Eventually.ValueAsync(
            async () => await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None) is { Rung: 1 } a && a.PostedCards.Any(c => c.RecipientAadObjectId == Deputy) ? a : null,
            "the deputy was asked");
        Assert.Equal(ApprovalState.Pending, escalated.State);
        await Eventually.TrueAsync(() => _flow.TextsIn("a:personal-1").Any(t => t.Contains("I've also asked the next person", StringComparison.Ordinal)), "the practitioner heard about the escalation");
        await Eventually.TrueAsync(() => _flow.MailsAbout().Any(m => m.Body!["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>() == "dee@contoso.example"), "the deputy was mailed");

        var expired = await Eventually.ValueAsync(
            async () => await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None) is { State: ApprovalState.Expired } a ? a : null,
            "the request expired after the last rung");
        await Eventually.TrueAsync(
            () => _flow.TextsIn("a:personal-1").Any(t => t.Contains("Please phone the duty team on 01234 567890 now", StringComparison.Ordinal)),
            "the practitioner was told to phone");
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == expired.PostedCards.Count, "every copy shows the expiry");
        Assert.All(_flow.CardUpdates(), u => Assert.Contains("Nobody decided in time", u.Card.ToJsonString(), StringComparison.Ordinal));

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(_flow.TextsIn(managerChat), t => t.StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.Single(_flow.TextsIn("a:personal-1"), t => t.Contains("I've also asked the next person", StringComparison.Ordinal));
        Assert.Single(_flow.TextsIn("a:personal-1"), t => t.Contains("Please phone the duty team", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecidedBeforeTheDeadline_NoReminderNoEscalation()
    {
        var approval = await _flow.RequestAsync();

        await _flow.InvokeAsync("approve", approval.Id, Manager, ManagerName, ManagerChat(approval));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.DoesNotContain(_flow.TextsIn(ManagerChat(approval)), t => t.StartsWith("Reminder:", StringComparison.Ordinal));
        var stored = (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!;
        Assert.Equal(0, stored.Rung);
        Assert.Equal(ApprovalState.Approved, stored.State);
        Assert.Single(_flow.TextsIn("a:personal-1"), t => t.Contains("approved the joint visit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expired_LatePress_SaysItExpired()
    {
        var approval = await _flow.RequestAsync();
        await Eventually.ValueAsync(
            async () => await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None) is { State: ApprovalState.Expired } a ? a : null,
            "the request expired");

        var late = await _flow.InvokeAsync("approve", approval.Id, Manager, ManagerName, ManagerChat(approval));

        Assert.Contains("This request expired before anyone decided.", late["value"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
