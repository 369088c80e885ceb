using EngagementBot.Domain.Approvals;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private const string ApprovalManager = "aad-manager";
    private const string ApprovalDeputy = "aad-deputy";

    private IApprovalStore Approvals => App.Get<IApprovalStore>();

    [Fact]
    public async Task AddAsync_NewApprovalRequest_IsReadBackAsGiven()
    {
        var approval = NewApproval();

        Assert.True(await Approvals.AddAsync(approval, CancellationToken.None));

        var stored = await Approvals.FindAsync(approval.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(approval with { PostedCards = [], Approvers = stored.Approvers }, stored with { PostedCards = [] });
        Assert.Equal(approval.Approvers.Rungs, stored.Approvers.Rungs);
        Assert.Equal("Alex Manager", stored.Approvers.PrimaryName);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
    }

    [Fact]
    public async Task AddAsync_SameApprovalIdTwice_ReturnsFalseAndKeepsTheFirst()
    {
        var approval = NewApproval();
        await Approvals.AddAsync(approval, CancellationToken.None);

        Assert.False(await Approvals.AddAsync(approval with { CaseReference = "XX-9999" }, CancellationToken.None));

        Assert.Equal("SC-0017", (await Approvals.FindAsync(approval.Id, CancellationToken.None))!.CaseReference);
    }

    [Fact]
    public async Task AddAsync_DecidedApprovalRequest_Throws()
    {
        var decided = NewApproval().Decide(ApprovalDecision.Approve(ApprovalManager, null, T0));

        await Assert.ThrowsAsync<ArgumentException>(() => Approvals.AddAsync(decided, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownApprovalId_ReturnsNull()
    {
        Assert.Null(await Approvals.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task DecideAsync_Approver_WinsAndRecordsWhoAndWhy()
    {
        var approval = await AddApprovalAsync();

        var result = await Approvals.DecideAsync(
            approval.Id, ApprovalDecision.Decline(ApprovalDeputy, "Dee Deputy", "no second worker free", T0.AddMinutes(2)), CancellationToken.None);

        Assert.NotNull(result);
        Assert.True(result.Won);
        var stored = await Approvals.FindAsync(approval.Id, CancellationToken.None);
        Assert.Equal(ApprovalState.Declined, stored!.State);
        Assert.Equal(ApprovalDeputy, stored.DecidedBy);
        Assert.Equal("Dee Deputy", stored.DecidedByName);
        Assert.Equal("no second worker free", stored.DeclineReason);
        Assert.Equal(T0.AddMinutes(2), stored.DecidedAt);
        Assert.Equal((stored.State, stored.DecidedBy, stored.DecidedAt), (result.Approval.State, result.Approval.DecidedBy, result.Approval.DecidedAt));
    }

    [Fact]
    public async Task DecideAsync_NotAnApprover_IsRefusedAndChangesNothing()
    {
        var approval = await AddApprovalAsync();

        var result = await Approvals.DecideAsync(approval.Id, ApprovalDecision.Approve("aad-practitioner", null, T0), CancellationToken.None);

        Assert.Equal(ApprovalDecisionCheck.NotApprover, result!.Outcome);
        Assert.Equal(ApprovalState.Pending, (await Approvals.FindAsync(approval.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task DecideAsync_AfterADecision_SaysAlreadyDecidedAndKeepsTheFirst()
    {
        var approval = await AddApprovalAsync();
        await Approvals.DecideAsync(approval.Id, ApprovalDecision.Approve(ApprovalManager, "Alex Manager", T0), CancellationToken.None);

        var late = await Approvals.DecideAsync(approval.Id, ApprovalDecision.NameSecondWorker(ApprovalDeputy, null, "Jo", T0.AddSeconds(1)), CancellationToken.None);

        Assert.Equal(ApprovalDecisionCheck.AlreadyDecided, late!.Outcome);
        Assert.Equal(ApprovalState.Approved, late.Approval.State);
        Assert.Equal("Alex Manager", late.Approval.DecidedByName);
        Assert.Null(late.Approval.SecondWorker);
    }

    [Fact]
    public async Task DecideAsync_UnknownApprovalId_ReturnsNull()
    {
        Assert.Null(await Approvals.DecideAsync(Guid.NewGuid(), ApprovalDecision.Approve(ApprovalManager, null, T0), CancellationToken.None));
    }

    [Fact]
    public async Task DecideAsync_ConcurrentDecisions_ExactlyOneWins()
    {
        var approval = await AddApprovalAsync();
        var deciders = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? ApprovalManager : ApprovalDeputy).ToList();

        var results = await Task.WhenAll(deciders.Select((decider, i) => Task.Run(() => Approvals.DecideAsync(
            approval.Id,
            i % 3 == 0 ? ApprovalDecision.Approve(decider, $"person {i}", T0) : ApprovalDecision.Decline(decider, $"person {i}", $"reason {i}", T0),
            CancellationToken.None))));

        var winner = Assert.Single(results, r => r!.Won);
        Assert.All(results.Where(r => !r!.Won), r => Assert.Equal(ApprovalDecisionCheck.AlreadyDecided, r!.Outcome));
        var stored = await Approvals.FindAsync(approval.Id, CancellationToken.None);
        Assert.Equal(winner!.Approval.DecidedByName, stored!.DecidedByName);
        Assert.All(results, r => Assert.Equal(stored.DecidedByName, r!.Approval.DecidedByName));
    }

    [Fact]
    public async Task DecideAsync_ConcurrentWithAnotherAppOnTheSameDatabase_ExactlyOneWins()
    {
        var approval = await AddApprovalAsync();
        var other = (await StartAppAsync()).Get<IApprovalStore>();

        var results = await Task.WhenAll(
            Task.Run(() => Approvals.DecideAsync(approval.Id, ApprovalDecision.Approve(ApprovalManager, "here", T0), CancellationToken.None)),
            Task.Run(() => other.DecideAsync(approval.Id, ApprovalDecision.Approve(ApprovalDeputy, "there", T0), CancellationToken.None)));

        Assert.Single(results, r => r!.Won);
    }

    [Fact]
    public async Task EscalateAsync_PendingAtTheRung_MovesOnOnce()
    {
        var approval = await AddApprovalAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(
            () => Approvals.EscalateAsync(approval.Id, 0, T0.AddMinutes(45), CancellationToken.None))));

        Assert.Single(results, moved => moved);
        var stored = await Approvals.FindAsync(approval.Id, CancellationToken.None);
        Assert.Equal(1, stored!.Rung);
        Assert.Equal(T0.AddMinutes(45), stored.ReminderDueAt);
    }

    [Fact]
    public async Task EscalateAsync_Decided_ReturnsFalse()
    {
        var approval = await AddApprovalAsync();
        await Approvals.DecideAsync(approval.Id, ApprovalDecision.Approve(ApprovalManager, null, T0), CancellationToken.None);

        Assert.False(await Approvals.EscalateAsync(approval.Id, 0, T0.AddMinutes(45), CancellationToken.None));
        Assert.Equal(0, (await Approvals.FindAsync(approval.Id, CancellationToken.None))!.Rung);
    }

    [Fact]
    public async Task ExpireAsync_LastRungStillPending_ExpiresAndBlocksLaterDecisions()
    {
        var approval = await AddApprovalAsync(new ApproverLadder(ApprovalManager, null, [], null));

        Assert.True(await Approvals.ExpireAsync(approval.Id, 0, T0.AddMinutes(30), CancellationToken.None));

        var late = await Approvals.DecideAsync(approval.Id, ApprovalDecision.Approve(ApprovalManager, null, T0.AddMinutes(31)), CancellationToken.None);
        Assert.Equal(ApprovalDecisionCheck.AlreadyDecided, late!.Outcome);
        Assert.Equal(ApprovalState.Expired, late.Approval.State);
        Assert.Equal(T0.AddMinutes(30), late.Approval.DecidedAt);
    }

    [Fact]
    public async Task ExpireAsync_RungsLeftToAsk_ReturnsFalse()
    {
        var approval = await AddApprovalAsync();

        Assert.False(await Approvals.ExpireAsync(approval.Id, 0, T0, CancellationToken.None));
    }

    [Fact]
    public async Task AddPostedCardAsync_OneCopyPerConversation_AreReadBackInPostingOrder()
    {
        var approval = await AddApprovalAsync();
        var manager = new PostedCard(new ConversationRef("msteams", "a:manager"), "act-1", ApprovalManager, T0.AddSeconds(1));
        var requester = new PostedCard(new ConversationRef("msteams", "a:practitioner"), "act-2", "aad-practitioner", T0.AddSeconds(2));

        Assert.True(await Approvals.AddPostedCardAsync(approval.Id, requester, CancellationToken.None));
        Assert.True(await Approvals.AddPostedCardAsync(approval.Id, manager, CancellationToken.None));
        Assert.False(await Approvals.AddPostedCardAsync(approval.Id, manager with { ActivityId = "act-3" }, CancellationToken.None));

        var stored = await Approvals.FindAsync(approval.Id, CancellationToken.None);
        Assert.Equal([manager, requester], stored!.PostedCards);
    }

    [Fact]
    public async Task AddPostedCardAsync_AfterTheDecision_IsStillRecorded()
    {
        var approval = await AddApprovalAsync();
        await Approvals.DecideAsync(approval.Id, ApprovalDecision.Approve(ApprovalManager, null, T0), CancellationToken.None);

        var card = new PostedCard(new ConversationRef("msteams", "a:manager"), "act-1", ApprovalManager, T0.AddSeconds(1));

        Assert.True(await Approvals.AddPostedCardAsync(approval.Id, card, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_ApprovalAfterRestart_KeepsDecisionAndCards()
    {
        var approval = await AddApprovalAsync();
        await Approvals.AddPostedCardAsync(approval.Id, new PostedCard(new ConversationRef("msteams", "a:m"), "act-1", ApprovalManager, T0), CancellationToken.None);
        await Approvals.DecideAsync(approval.Id, ApprovalDecision.NameSecondWorker(ApprovalManager, "Alex", "Jo Second", T0), CancellationToken.None);

        var restarted = await RestartAsync(App);

        var stored = await restarted.Get<IApprovalStore>().FindAsync(approval.Id, CancellationToken.None);
        Assert.Equal(ApprovalState.SecondWorkerNamed, stored!.State);
        Assert.Equal("Jo Second", stored.SecondWorker);
        Assert.Single(stored.PostedCards);
    }

    private async Task<JointVisitApproval> AddApprovalAsync(ApproverLadder? ladder = null)
    {
        var approval = NewApproval(ladder);
        await Approvals.AddAsync(approval, CancellationToken.None);
        return approval;
    }

    private static JointVisitApproval NewApproval(ApproverLadder? ladder = null) => JointVisitApproval.Request(
        Guid.NewGuid(),
        "SC-0017",
        "plan-1",
        new ApprovalRequester("aad-practitioner", "29:practitioner", new ConversationRef("msteams", "a:practitioner"), "Sam Worker"),
        "high",
        "history of violence",
        ladder ?? new ApproverLadder(ApprovalManager, "Alex Manager", [ApprovalDeputy], "aad-duty"),
        T0,
        T0.AddMinutes(15));
}
