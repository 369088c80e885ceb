using System.Text.Json.Nodes;
using EngagementBot.Domain.Approvals;
using static EngagementBot.Host.Tests.Flows.Approvals.ApprovalFlowHost;

namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>Deciding from the card: Action.Execute invokes (and the Action.Submit fallback) through the real host.</summary>
public sealed class JointVisitDecisionTests : IAsyncLifetime
{
    private ApprovalFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await ApprovalFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Invoke_ManagerApproves_DecidedCardInTheResponseCopiesUpdatedPractitionerTold()
    {
        var approval = await _flow.RequestAsync();

        var response = await _flow.InvokeAsync("approve", approval.Id, Manager, ManagerName, ManagerChat(approval));

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        var card = response["value"]!;
        Assert.Contains($"Approved by {ManagerName}", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(card["actions"]!.AsArray());
        var stored = await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None);
        Assert.Equal(ApprovalState.Approved, stored!.State);
        Assert.Equal(Manager, stored.DecidedBy);
        Assert.Equal(ManagerName, stored.DecidedByName);

        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == stored.PostedCards.Count, "every posted copy was updated");
        Assert.All(_flow.CardUpdates(), update => Assert.Contains($"Approved by {ManagerName}", update.Card.ToJsonString(), StringComparison.Ordinal));
        Assert.Equal(
            stored.PostedCards.Select(c => $"/v3/conversations/{Uri.EscapeDataString(c.Conversation.ConversationId)}/activities/{Uri.EscapeDataString(c.ActivityId)}").Order(),
            _flow.CardUpdates().Select(u => u.Path).Order());
        await Eventually.TrueAsync(
            () => _flow.TextsIn("a:personal-1").Contains($"{ManagerName} approved the joint visit for {CaseReference}."),
            "the practitioner was told in their chat");
        await Eventually.TrueAsync(() => _flow.FeedNoticesTo(Host.Tests.TestSupport.TestActivities.UserAadObjectId).Count == 1, "the practitioner's feed was told");
        var feed = _flow.FeedNoticesTo(Host.Tests.TestSupport.TestActivities.UserAadObjectId).Single().Body!;
        Assert.Equal("jointVisitDecision", feed["activityType"]!.GetValue<string>());
        Assert.Contains("approved", feed["templateParameters"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_SomeoneNotOnTheLadder_RefusedWithStatusAndNothingChanges()
    {
        var approval = await _flow.RequestAsync();
        var callsBefore = _flow.Connector.Calls.Count;

        var response = await _flow.InvokeAsync("approve", approval.Id, Stranger, "Pat Stranger", "a:stranger-chat");

        var card = response["value"]!;
        Assert.Contains($"Only {ManagerName} or a delegate can decide this request.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(card["actions"]!.AsArray());
        Assert.Equal(ApprovalState.Pending, (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!.State);
        await Task.Delay(300);
        Assert.Empty(_flow.CardUpdates());
        Assert.DoesNotContain(_flow.Connector.Calls.Skip(callsBefore), c => c.Path.Contains("personal-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_ThePractitionerApprovesTheirOwnRequest_IsRefused()
    {
        var approval = await _flow.RequestAsync();

        var response = await _flow.InvokeAsync("approve", approval.Id, Host.Tests.TestSupport.TestActivities.UserAadObjectId, "Sam Worker", "a:personal-1");

        Assert.Contains("Only", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ApprovalState.Pending, (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Invoke_ManagerAndDeputyDecideAtOnce_ExactlyOneWinsAndTheOtherSeesWho()
    {
        var approval = await _flow.RequestAsync();

        var responses = await Task.WhenAll(
            Task.Run(() => _flow.InvokeAsync("approve", approval.Id, Manager, ManagerName, ManagerChat(approval))),
            Task.Run(() => _flow.InvokeAsync("decline", approval.Id, Deputy, "Dee Deputy", "a:deputy-chat", new JsonObject { ["declineReason"] = "no second worker free" })));

        var texts = responses.Select(r => r["value"]!.ToJsonString()).ToList();
        var winner = Assert.Single(texts, t => t.Contains("Thank you.", StringComparison.Ordinal));
        var loser = Assert.Single(texts, t => !t.Contains("Thank you.", StringComparison.Ordinal));
        var stored = (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!;
        Assert.Contains($"Already decided by {stored.DecidedByName}.", loser, StringComparison.Ordinal);
        Assert.Contains(stored.State == ApprovalState.Approved ? $"Approved by {ManagerName}" : "Declined by Dee Deputy", winner, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _flow.TextsIn("a:personal-1").Any(t => t.StartsWith(stored.DecidedByName!, StringComparison.Ordinal)), "the practitioner heard the winner");
        await Task.Delay(300);
        Assert.Single(_flow.TextsIn("a:personal-1"), t => t.Contains(" the joint visit for ", StringComparison.Ordinal) && !t.StartsWith("I've", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_AfterTheDecision_LaterPressSaysAlreadyDecidedByTheFirst()
    {
        var approval = await _flow.RequestAsync();
        await _flow.InvokeAsync("name-second-worker", approval.Id, Manager, ManagerName, ManagerChat(approval), new JsonObject { ["secondWorker"] = "Jo Second" });

        var late = await _flow.InvokeAsync("decline", approval.Id, Deputy, "Dee Deputy", "a:deputy-chat", new JsonObject { ["declineReason"] = "too late" });

        Assert.Contains($"Already decided by {ManagerName}.", late["value"]!.ToJsonString(), StringComparison.Ordinal);
        var stored = (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!;
        Assert.Equal(ApprovalState.SecondWorkerNamed, stored.State);
        Assert.Equal("Jo Second", stored.SecondWorker);
    }

    [Fact]
    public async Task Invoke_DeclineWithoutAReason_AsksForOneAndKeepsItPending()
    {
        var approval = await _flow.RequestAsync();

        var response = await _flow.InvokeAsync("decline", approval.Id, Manager, ManagerName, ManagerChat(approval));

        Assert.Contains("To decline, please type a reason", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(3, response["value"]!["actions"]!.AsArray().Count);
        Assert.Equal(ApprovalState.Pending, (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Invoke_Refresh_ApproverGetsButtonsOthersGetTheStatus()
    {
        var approval = await _flow.RequestAsync();

        var manager = await _flow.InvokeAsync("refresh", approval.Id, Manager, ManagerName, ManagerChat(approval));
        var practitioner = await _flow.InvokeAsync("refresh", approval.Id, Host.Tests.TestSupport.TestActivities.UserAadObjectId, "Sam Worker", "a:personal-1");

        Assert.Equal(3, manager["value"]!["actions"]!.AsArray().Count);
        Assert.Contains("Waiting for your decision", manager["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(practitioner["value"]!["actions"]!.AsArray());
        Assert.Equal(ApprovalState.Pending, (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Submit_OldClientDeclinesWithAReason_DecidedCopiesUpdatedAndPractitionerHearsTheReason()
    {
        var approval = await _flow.RequestAsync();

        await _flow.SubmitAsync("decline", approval.Id, Manager, ManagerName, ManagerChat(approval), new JsonObject { ["declineReason"] = "no second worker free" });

        await Eventually.TrueAsync(() => _flow.TextsIn(ManagerChat(approval)).Any(t => t.StartsWith("Thank you.", StringComparison.Ordinal)), "the manager was thanked in the chat");
        var stored = (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!;
        Assert.Equal(ApprovalState.Declined, stored.State);
        Assert.Equal("no second worker free", stored.DeclineReason);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == stored.PostedCards.Count, "every copy, the pressed one included, was updated");
        await Eventually.TrueAsync(
            () => _flow.TextsIn("a:personal-1").Any(t => t.Contains("declined the joint visit", StringComparison.Ordinal) && t.Contains("no second worker free", StringComparison.Ordinal)),
            "the practitioner heard the reason");
    }

    [Fact]
    public async Task Invoke_CardDataNamesAnotherDecider_IdentityStillComesFromTheActivity()
    {
        var approval = await _flow.RequestAsync();

        var response = await _flow.InvokeAsync(
            "approve", approval.Id, Stranger, "Pat Stranger", "a:stranger-chat",
            new JsonObject { ["aadObjectId"] = Manager, ["from"] = new JsonObject { ["aadObjectId"] = Manager } });

        Assert.Contains("Only", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ApprovalState.Pending, (await _flow.Approvals.FindAsync(approval.Id, CancellationToken.None))!.State);
    }
}
