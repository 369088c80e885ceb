namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>Graph is off by default (local runs): the request says plainly that nobody was asked.</summary>
public sealed class JointVisitWithoutGraphTests
{
    [Fact]
    public async Task Request_GraphDisabled_TellsThePractitionerToPhoneAndSendsNothing()
    {
        await using var flow = await ApprovalFlowHost.StartAsync(new Dictionary<string, string?> { ["Graph:Enabled"] = "false" });

        await flow.SayAsync("ask for a joint visit");
        await flow.SayAsync(ApprovalFlowHost.CaseReference);
        await flow.SayAsync("high");

        await Eventually.TrueAsync(
            () => flow.TextsIn("a:personal-1").Any(t => t.StartsWith("I can't look up your manager from here", StringComparison.Ordinal)),
            "the practitioner was told nobody was asked");
        Assert.Empty(flow.Graph.Calls);
        Assert.DoesNotContain(flow.Connector.Calls, c => c.Body?["attachments"]?[0]?["content"]?["refresh"] is not null);
    }
}
