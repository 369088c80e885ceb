using EngagementBot.Domain.Approvals;
using static EngagementBot.Domain.Tests.Approvals.ApprovalSamples;

namespace EngagementBot.Domain.Tests.Approvals;

public sealed class JointVisitApprovalTests
{
    [Fact]
    public void Request_ValidInput_IsPendingAtRungZeroWithNoDecision()
    {
        var approval = Pending();

        Assert.Equal(ApprovalState.Pending, approval.State);
        Assert.Equal(0, approval.Rung);
        Assert.Null(approval.DecidedBy);
        Assert.Empty(approval.PostedCards);
        Assert.Equal([Manager], approval.AskedApprovers);
    }

    [Fact]
    public void Request_RequesterOnTheirOwnLadder_Throws()
    {
        Assert.Throws<ArgumentException>(() => Pending(new ApproverLadder(Manager, null, [Practitioner], null)));
    }

    [Fact]
    public void Request_ReminderNotAfterRequest_Throws()
    {
        Assert.Throws<ArgumentException>(() => JointVisitApproval.Request(
            Guid.NewGuid(), "SC-0017", null, Pending().RequestedBy, null, null, Ladder, T0, T0));
    }

    [Theory]
    [InlineData(Manager)]
    [InlineData("AAD-MANAGER")]
    [InlineData(Deputy)]
    [InlineData(Fallback)]
    public void CheckDecision_SomeoneOnTheLadder_IsAllowed(string decider)
    {
        Assert.Equal(ApprovalDecisionCheck.Allowed, Pending().CheckDecision(decider));
    }

    [Theory]
    [InlineData(Practitioner)]
    [InlineData("aad-stranger")]
    [InlineData("")]
    [InlineData(null)]
    public void CheckDecision_SomeoneElse_IsNotApprover(string? decider)
    {
        Assert.Equal(ApprovalDecisionCheck.NotApprover, Pending().CheckDecision(decider));
    }

    [Fact]
    public void Decide_Approver_RecordsTheDecision()
    {
        var decided = Pending().Decide(ApprovalDecision.Decline(Deputy, "Dee Deputy", " not enough staff ", T0.AddMinutes(3)));

        Assert.Equal(ApprovalState.Declined, decided.State);
        Assert.Equal(Deputy, decided.DecidedBy);
        Assert.Equal("Dee Deputy", decided.DecidedByName);
        Assert.Equal(T0.AddMinutes(3), decided.DecidedAt);
        Assert.Equal("not enough staff", decided.DeclineReason);
        Assert.Null(decided.SecondWorker);
    }

    [Fact]
    public void Decide_AlreadyDecided_ThrowsAndSecondCheckSaysAlreadyDecided()
    {
        var decided = Pending().Decide(ApprovalDecision.Approve(Manager, "Alex Manager", T0));

        Assert.Equal(ApprovalDecisionCheck.AlreadyDecided, decided.CheckDecision(Deputy));
        Assert.Throws<InvalidOperationException>(() => decided.Decide(ApprovalDecision.NameSecondWorker(Deputy, null, "Jo Second", T0)));
    }

    [Fact]
    public void Decide_NotApprover_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Pending().Decide(ApprovalDecision.Approve(Practitioner, null, T0)));
    }

    [Fact]
    public void Escalate_PendingAtItsRung_MovesToTheNextRung()
    {
        var escalated = Pending().Escalate(0, T0.AddMinutes(45));

        Assert.Equal(1, escalated.Rung);
        Assert.Equal(T0.AddMinutes(45), escalated.ReminderDueAt);
        Assert.Equal([Manager, Deputy], escalated.AskedApprovers);
    }

    [Fact]
    public void CanEscalate_WrongRungOrDecidedOrLastRung_IsFalse()
    {
        var pending = Pending();

        Assert.False(pending.CanEscalate(1));
        Assert.False(pending.Decide(ApprovalDecision.Approve(Manager, null, T0)).CanEscalate(0));
        Assert.False(pending.Escalate(0, T0.AddHours(1)).Escalate(1, T0.AddHours(2)).CanEscalate(2));
        Assert.Throws<InvalidOperationException>(() => pending.Escalate(1, T0.AddHours(1)));
    }

    [Fact]
    public void Expire_PendingAtTheLastRung_IsExpired()
    {
        var lastRung = Pending(new ApproverLadder(Manager, null, [], null));

        Assert.False(lastRung.CanEscalate(0));
        var expired = lastRung.Expire(0, T0.AddMinutes(30));

        Assert.Equal(ApprovalState.Expired, expired.State);
        Assert.Equal(T0.AddMinutes(30), expired.DecidedAt);
        Assert.Equal(ApprovalDecisionCheck.AlreadyDecided, expired.CheckDecision(Manager));
    }

    [Fact]
    public void Expire_RungsLeftToAsk_Throws()
    {
        Assert.False(Pending().CanExpire(0));
        Assert.Throws<InvalidOperationException>(() => Pending().Expire(0, T0));
    }
}
