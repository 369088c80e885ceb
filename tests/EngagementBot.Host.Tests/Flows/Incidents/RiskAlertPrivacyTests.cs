using System.Reflection;
using EngagementBot.Domain.Cases;
using EngagementBot.Host.Flows.Incidents;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>The channel card can only ever carry the case reference, kind, severity, date and advice.</summary>
public class RiskAlertPrivacyTests
{
    [Fact]
    public void RiskAlert_Properties_OnlyTheCaseReferenceIsText()
    {
        var properties = typeof(RiskAlert).GetProperties(BindingFlags.Public | BindingFlags.Instance);

        var text = properties.Where(p => p.PropertyType == typeof(string)).Select(p => p.Name);
        Assert.Equal([nameof(RiskAlert.CaseReference)], text);
        Assert.All(properties, p => Assert.Contains(p.PropertyType, new[]
        {
            typeof(Guid), typeof(string), typeof(HazardKind), typeof(HazardSeverity), typeof(DateOnly), typeof(IReadOnlyList<HazardAdvice>),
        }));
    }

    [Fact]
    public void Data_Alert_HoldsVocabularyTextsDateAndReferenceOnly()
    {
        var alert = new RiskAlert(Guid.NewGuid(), "SC-0017-3", HazardKind.Violence, HazardSeverity.High, new DateOnly(2026, 11, 23), [HazardAdvice.JointVisitsOnly]);

        var data = RiskAlertCard.Data(alert);

        Assert.Equal(["caseReference", "kind", "severity", "date", "advice"], data.Select(p => p.Key));
        Assert.Equal("""{"caseReference":"SC-0017-3","kind":"Violence","severity":"High","date":"Mon 23 Nov 2026","advice":[{"text":"Joint visits only"}]}""", data.ToJsonString());
    }
}
