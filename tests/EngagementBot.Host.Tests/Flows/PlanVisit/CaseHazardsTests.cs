using EngagementBot.Domain.Cases;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Risk;
using EngagementBot.Host.Flows.PlanVisit;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

public class CaseHazardsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static HazardFlag Flag(HazardKind kind, HazardSeverity severity) =>
        HazardFlag.Raise(Guid.NewGuid(), "SC-1", kind, severity, [], At.AddDays(30), new CaseActor("aad-1", "Police"), At);

    [Theory]
    [InlineData(HazardSeverity.Low, Severity.Low)]
    [InlineData(HazardSeverity.Medium, Severity.Medium)]
    [InlineData(HazardSeverity.High, Severity.High)]
    [InlineData(HazardSeverity.Critical, Severity.Critical)]
    public void From_EachSeverity_KeepsItsLevel(HazardSeverity severity, Severity expected) =>
        Assert.Equal(expected, CaseHazards.From(Flag(HazardKind.Threats, severity)).Severity);

    [Fact]
    public void From_EachKind_IsItsVocabularyCode() =>
        Assert.All(Enum.GetValues<HazardKind>(), kind =>
            Assert.Equal(HazardVocabulary.Kinds.Code(kind), CaseHazards.From(Flag(kind, HazardSeverity.Low)).Kind));

    [Fact]
    public void Context_AccessDeniedFlag_SetsThePacksAccessDeniedFlag() =>
        Assert.Contains(CaseFlags.AccessDenied, CaseHazards.Context([Flag(HazardKind.AccessDenied, HazardSeverity.Low)]).Flags);

    [Theory]
    [InlineData(HazardSeverity.Medium, false)]
    [InlineData(HazardSeverity.High, true)]
    [InlineData(HazardSeverity.Critical, true)]
    public void Context_SeriousFlag_SetsTheCaseHazardFlag(HazardSeverity severity, bool expected) =>
        Assert.Equal(expected, CaseHazards.Context([Flag(HazardKind.Violence, severity)]).Flags.Contains(CaseFlags.CaseHazardFlag));
}
