namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>
/// Graph is off by default (local runs, deployments without Graph permissions): the configured fallback
/// manager is asked in a 1:1 chat the bot opens itself; with no fallback, the request says plainly that
/// nobody was asked.
/// </summary>
public sealed class JointVisitWithoutGraphTests
{
    [Fact]
    public async Task Request_GraphDisabledWithoutFallback_TellsThePractitionerToPhoneAndSendsNothing()
    {
        await using var flow = await ApprovalFlowHost.StartAsync(new Dictionary<string, string?> { ["Graph:Enabled"] = "false" });

        await flow.SayAsync("ask for a joint visit");
        await flow.SayAsync(ApprovalFlowHost.CaseReference);
        await flow.SayAsync("high");

        await Eventually.TrueAsync(
            () => flow.TextsIn("a:personal-1").Any(t => t.StartsWith("I couldn't find a line manager for you", StringComparison.Ordinal)),
            "the practitioner was told nobody was asked");
        Assert.Empty(flow.Graph.Calls);
        Assert.DoesNotContain(flow.Connector.Calls, c => c.Body?["attachments"]?[0]?["content"]?["refresh"] is not null);
    }

    [Fact]
    public async Task Request_GraphDisabledWithFallback_AsksTheFallbackInAChatTheBotOpensWithoutGraph()
    {
        await using var flow = await ApprovalFlowHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "false",
            ["Graph:FallbackManagerAadObjectId"] = ApprovalFlowHost.Manager,
        });

        var approval = await flow.RequestAsync();

        Assert.Equal(ApprovalFlowHost.Manager, approval.Approvers.Primary);
        Assert.Contains(flow.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations"
            && c.Body?["members"]?[0]?["id"]?.GetValue<string>() == ApprovalFlowHost.Manager);
        Assert.Empty(flow.Graph.Calls);
    }
}
