using EngagementBot.Domain.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using static EngagementBot.Host.Tests.Flows.Approvals.ApprovalFlowHost;

namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>The practitioner asks for a joint visit: the request, through the real host, connector and Graph SDK.</summary>
public sealed class JointVisitRequestTests : IAsyncLifetime
{
    private ApprovalFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await ApprovalFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Request_ManagerInGraph_CardPostedInANewManagerChatWithFeedNoticeAndMail()
    {
        var approval = await _flow.RequestAsync();

        Assert.Equal(ApprovalState.Pending, approval.State);
        Assert.Equal(CaseReference, approval.CaseReference);
        Assert.Equal("high", approval.RiskLevel);
        Assert.Equal([Manager, Deputy], approval.Approvers.Everyone);

        // the app was installed for the manager, then the 1:1 chat created with their object id
        Assert.True(_flow.Graph.IsInstalled(Manager, BotHost.GraphTeamsAppId));
        var create = Assert.Single(_flow.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Equal(Manager, create.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", create.Body["tenantId"]!.GetValue<string>());
        Assert.False(create.Body["isGroup"]!.GetValue<bool>());

        // the manager's copy has the buttons; the practitioner's copy shows the status
        var managerCard = PostedCardIn(ManagerChat(approval));
        Assert.Equal(["approve", "decline", "name-second-worker"], Verbs(managerCard));
        Assert.Equal("Action.Submit", managerCard["actions"]![0]!["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal("refresh", managerCard["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Contains(CaseReference, managerCard.ToJsonString(), StringComparison.Ordinal);
        var practitionerCard = PostedCardIn("a:personal-1");
        Assert.Empty(Verbs(practitionerCard));
        Assert.Contains("Waiting for a decision from Alex Manager", practitionerCard.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(OfficialCardParser.Problems(managerCard.ToJsonString()));
        Assert.Empty(OfficialCardParser.Problems(practitionerCard.ToJsonString()));

        await Eventually.TrueAsync(() => _flow.FeedNoticesTo(Manager).Count == 1 && _flow.MailsAbout().Count == 1, "the feed notice and the mail went out");
        var feed = _flow.FeedNoticesTo(Manager).Single().Body!;
        Assert.Equal("jointVisitApproval", feed["activityType"]!.GetValue<string>());
        Assert.Equal(BotHost.GraphTeamsAppId, feed["teamsAppId"]!.GetValue<string>());
        var mail = _flow.MailsAbout().Single();
        Assert.Contains($"/users/{BotHost.GraphMailSender}/sendMail", mail.Path, StringComparison.Ordinal);
        Assert.Equal("alex@contoso.example", mail.Body!["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Contains(CaseReference, mail.Body["message"]!["subject"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Asked_TellsThePractitionerWhomItAsked()
    {
        await _flow.RequestAsync();

        Assert.Contains(_flow.TextsIn("a:personal-1"), text => text.StartsWith($"I've asked {ManagerName} to approve a joint visit for {CaseReference}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_ManagerTalkedToTheBotBefore_UsesThatChatWithoutInstallingOrCreating()
    {
        using (var hello = await _flow.Bot.PostAsync(ManagerHello(), _flow.Bot.ValidToken()))
        {
            hello.EnsureSuccessStatusCode();
        }

        var approval = await _flow.RequestAsync();

        Assert.Equal("a:manager-chat", ManagerChat(approval));
        Assert.DoesNotContain(_flow.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Empty(_flow.Graph.CallsTo(GraphRoute.InstallApp));
        Assert.Contains("29:" + Manager, PostedCardIn("a:manager-chat")["refresh"]!["userIds"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_NoManagerAndNoFallback_TellsThePractitionerWhoToPhoneAndSendsNothing()
    {
        await using var flow = await ApprovalFlowHost.StartAsync(new Dictionary<string, string?> { ["Approvals:DutyContact"] = "the duty team on 01234 567890" });
        await flow.SayAsync("ask for a joint visit");
        await flow.SayAsync(CaseReference);
        flow.Graph.FailNext(GraphRoute.Manager, 1, GraphFault.Error(System.Net.HttpStatusCode.NotFound, "Request_ResourceNotFound"));

        await flow.SayAsync("high");

        await Eventually.TrueAsync(
            () => flow.TextsIn("a:personal-1").Any(t => t.Contains("Please phone the duty team on 01234 567890 now", StringComparison.Ordinal)),
            "the practitioner was told whom to phone");
        await Task.Delay(300);
        Assert.Empty(flow.Graph.CallsTo(GraphRoute.SendMail));
        Assert.DoesNotContain(flow.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
    }

    [Fact]
    public async Task Request_GraphUnreachable_SaysSoPlainlyAndSendsNothing()
    {
        await _flow.SayAsync("ask for a joint visit");
        await _flow.SayAsync(CaseReference);
        _flow.Graph.FailNext(GraphRoute.Manager, 1, GraphFault.Unavailable());

        await _flow.SayAsync("high");

        await Eventually.TrueAsync(
            () => _flow.TextsIn("a:personal-1").Any(t => t.StartsWith("I couldn't reach the directory", StringComparison.Ordinal)),
            "the practitioner was told the directory could not be reached");
        Assert.Empty(_flow.Graph.CallsTo(GraphRoute.SendMail));
    }

    private System.Text.Json.Nodes.JsonNode PostedCardIn(string conversationId) =>
        _flow.Connector.Calls
            .Where(c => c.Method == "POST" && c.Path == $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities")
            .Select(c => c.Body?["attachments"]?[0]?["content"])
            .Single(card => card?["refresh"] is not null)!;

    private static List<string> Verbs(System.Text.Json.Nodes.JsonNode card) =>
        [.. card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>())];

    private System.Text.Json.Nodes.JsonObject ManagerHello()
    {
        var hello = TestActivities.Message("hi", _flow.Bot.ServiceUrl, conversationId: "a:manager-chat");
        hello["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "29:" + Manager, ["name"] = ManagerName, ["aadObjectId"] = Manager };
        return hello;
    }
}
