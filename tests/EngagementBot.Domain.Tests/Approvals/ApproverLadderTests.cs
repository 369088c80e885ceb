using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Tests.Approvals;

public sealed class ApproverLadderTests
{
    [Fact]
    public void Rungs_PrimaryDelegatesAndFallback_AreAskedInThatOrder()
    {
        var ladder = new ApproverLadder("m", "Alex", ["d1", "d2"], "f");

        Assert.Equal([["m"], ["d1", "d2"], ["f"]], ladder.Rungs);
        Assert.Equal(["m", "d1", "d2", "f"], ladder.Everyone);
    }

    [Fact]
    public void Rungs_NoDelegatesAndFallbackIsThePrimary_HaveOneRung()
    {
        var ladder = new ApproverLadder("m", null, [], "M");

        Assert.Equal([["m"]], ladder.Rungs);
    }

    [Fact]
    public void Rungs_BlankOrRepeatedIds_AreLeftOut()
    {
        var ladder = new ApproverLadder("m", null, [" ", "d", "D", "m"], null);

        Assert.Equal([["m"], ["d"]], ladder.Rungs);
    }

    [Theory]
    [InlineData("d", true)]
    [InlineData(" F ", true)]
    [InlineData("x", false)]
    [InlineData(null, false)]
    public void Contains_Id_IgnoresCaseAndSpace(string? id, bool expected)
    {
        Assert.Equal(expected, new ApproverLadder("m", null, ["d"], "f").Contains(id));
    }
}
