using EngagementBot.Domain.Cases;
using EngagementBot.Guidance.Model;
using EngagementBot.Host.Flows.Incidents;

namespace EngagementBot.Host.Tests.Flows.Incidents;

public class IncidentHazardTests
{
    private static readonly SourceRef Source = new("001_test.txt", "5.1");

    [Theory]
    [InlineData("shouting", Severity.Medium, false, HazardKind.Intimidation, HazardSeverity.Medium, new[] { HazardAdvice.ManagerAgreesVisits })]
    [InlineData("racist-remarks", Severity.High, false, HazardKind.Intimidation, HazardSeverity.High, new[] { HazardAdvice.JointVisitsOnly })]
    [InlineData("threats-to-kill", Severity.Critical, true, HazardKind.Threats, HazardSeverity.Critical, new[] { HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit })]
    [InlineData("physical-violence", Severity.Critical, true, HazardKind.Violence, HazardSeverity.Critical, new[] { HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit })]
    [InlineData("animals-as-threat", Severity.High, false, HazardKind.AggressiveAnimal, HazardSeverity.High, new[] { HazardAdvice.JointVisitsOnly, HazardAdvice.AnimalsSecured })]
    [InlineData("dangerous-animal", Severity.Medium, true, HazardKind.AggressiveAnimal, HazardSeverity.Medium, new[] { HazardAdvice.ManagerAgreesVisits, HazardAdvice.PoliceForFirstVisit, HazardAdvice.AnimalsSecured })]
    public void From_OneBehaviour_KindSeverityAndAdvice(string id, Severity severity, bool police, HazardKind kind, HazardSeverity level, HazardAdvice[] advice)
    {
        var hazard = IncidentHazard.From([new ThreateningBehaviour(id, id, severity, police, Source)]);

        Assert.Equal((kind, level), (hazard.Kind, hazard.Severity));
        Assert.Equal(advice, hazard.Advice);
    }

    [Fact]
    public void From_SeveralBehaviours_WorstKindAndHighestSeverity()
    {
        var hazard = IncidentHazard.From(
        [
            new ThreateningBehaviour("swearing", "Swearing", Severity.Low, false, Source),
            new ThreateningBehaviour("throwing-things", "Throwing things", Severity.High, false, Source),
            new ThreateningBehaviour("written-threats", "Threats in writing", Severity.High, false, Source),
        ]);

        Assert.Equal((HazardKind.Violence, HazardSeverity.High), (hazard.Kind, hazard.Severity));
    }

    [Fact]
    public void From_NoListedBehaviour_MediumIntimidationManagerAgrees()
    {
        var hazard = IncidentHazard.From([]);

        Assert.Equal((HazardKind.Intimidation, HazardSeverity.Medium), (hazard.Kind, hazard.Severity));
        Assert.Equal([HazardAdvice.ManagerAgreesVisits], hazard.Advice);
    }
}
