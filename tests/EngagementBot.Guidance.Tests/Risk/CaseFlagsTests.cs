using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Risk;

namespace EngagementBot.Guidance.Tests.Risk;

public sealed class CaseFlagsTests
{
    [Theory]
    [InlineData(Severity.Low, false)]
    [InlineData(Severity.Medium, false)]
    [InlineData(Severity.High, true)]
    [InlineData(Severity.Critical, true)]
    public void For_OneHazardOfSeverity_SetsCaseHazardFlagFromHighUp(Severity severity, bool expected)
    {
        var flags = CaseFlags.For(new RiskContext([new CaseHazard("weapons", severity)]));

        Assert.Equal(expected, flags.Contains(CaseFlags.CaseHazardFlag));
        Assert.DoesNotContain(CaseFlags.AccessDenied, flags);
    }

    [Fact]
    public void For_AccessDeniedHazardOfLowSeverity_SetsAccessDeniedOnly()
    {
        var flags = CaseFlags.For(new RiskContext([new CaseHazard("access-denied", Severity.Low)]));

        Assert.Equal([CaseFlags.AccessDenied], flags);
    }

    [Fact]
    public void For_EveryFactKnown_SetsEveryFlag()
    {
        var context = new RiskContext([new CaseHazard("violence", Severity.Critical)], AccessDenied: true, ChildNotSeen: true);

        Assert.Equal(CaseFlags.All.ToHashSet(), context.Flags.ToHashSet());
    }

    [Fact]
    public void For_NothingKnown_SetsNoFlag()
    {
        Assert.Empty(RiskContext.None.Flags);
    }

    [Fact]
    public void All_TheSchemaFlagList_Matches()
    {
        var schema = File.ReadAllText(Support.Packs.Schema);

        Assert.All(CaseFlags.All, flag => Assert.Contains($"\"{flag}\"", schema, StringComparison.Ordinal));
    }
}
