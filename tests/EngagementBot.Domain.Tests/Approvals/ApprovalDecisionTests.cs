using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Tests.Approvals;

public sealed class ApprovalDecisionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Decline_BlankReason_Throws(string reason)
    {
        Assert.Throws<ArgumentException>(() => ApprovalDecision.Decline("m", null, reason, At));
    }

    [Fact]
    public void Decline_ReasonTooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => ApprovalDecision.Decline("m", null, new string('x', ApprovalDecision.MaxReasonLength + 1), At));
    }

    [Fact]
    public void NameSecondWorker_BlankName_Throws()
    {
        Assert.Throws<ArgumentException>(() => ApprovalDecision.NameSecondWorker("m", null, " ", At));
    }

    [Fact]
    public void Approve_BlankDecider_Throws()
    {
        Assert.Throws<ArgumentException>(() => ApprovalDecision.Approve(" ", "Alex", At));
    }

    [Theory]
    [InlineData(ApprovalState.Pending)]
    [InlineData(ApprovalState.Expired)]
    public void EnsureValid_OutcomeNoPersonChooses_Throws(ApprovalState outcome)
    {
        Assert.Throws<ArgumentException>(() => new ApprovalDecision(outcome, "m", null, At).EnsureValid());
    }

    [Fact]
    public void EnsureValid_ApprovalCarryingAReason_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ApprovalDecision(ApprovalState.Approved, "m", null, At, DeclineReason: "x").EnsureValid());
    }
}
