using System.Reflection;
using EngagementBot.Domain.Visits;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>The team-channel copy can only ever carry the case reference, the times, the risk level and the pack's advice.</summary>
public class PlanChannelPrivacyTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly VisitPlan Plan = new(
        Guid.NewGuid(), "SC-0017-3", new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero), VisitVenue.Home, new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero),
        "cwm-taf-children",
        [new VisitPlanAnswer("others-in-home", "Kyle Dunmore and his dog"), new VisitPlanAnswer("late-in-day", "yes"), new VisitPlanAnswer("car-targeted", "yes")],
        VisitRiskLevel.Medium,
        [
            new VisitRiskFactor("risk-late-in-day", "Visit late in the day or after dark", VisitRiskLevel.Medium, "Cwm Taf §6.1"),
            new VisitRiskFactor("risk-car-targeted", "Car likely to be targeted or followed", VisitRiskLevel.Medium, "Cwm Taf §6.1"),
            new VisitRiskFactor("risk-no-such-rule", "Jamie Dunmore said something", VisitRiskLevel.Medium, "nowhere"),
        ],
        JointVisitWanted: false, "aad-user-1", "msteams|a:personal-1", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void PlanChannelCopy_Properties_NoFieldForNamesPlacesOrWords()
    {
        var properties = typeof(PlanChannelCopy).GetProperties(BindingFlags.Public | BindingFlags.Instance);

        Assert.Equal([nameof(PlanChannelCopy.CaseReference), nameof(PlanChannelCopy.PackId)], properties.Where(p => p.PropertyType == typeof(string)).Select(p => p.Name));
        Assert.All(properties, p => Assert.Contains(p.PropertyType, new[]
        {
            typeof(Guid), typeof(string), typeof(DateTimeOffset), typeof(VisitRiskLevel), typeof(IReadOnlyList<string>),
        }));
    }

    [Fact]
    public void For_SavedPlan_TakesTheAdviceOfItsReasonsRulesOnce()
    {
        var copy = PlanChannelCopy.For(Plan, PackCards.Shipped());

        Assert.Equal(["visit-in-daylight", "taxi-that-waits"], copy.RecommendationIds);
        Assert.Equal((Plan.Id, "SC-0017-3", Plan.VisitAt, Plan.ReturnBy, VisitRiskLevel.Medium, "cwm-taf-children"), (copy.PlanId, copy.CaseReference, copy.VisitAt, copy.ReturnBy, copy.RiskLevel, copy.PackId));
    }

    [Fact]
    public void Data_Copy_HoldsReferenceTimesLevelAndPackAdviceOnly()
    {
        var data = PlanChannelCard.Data(PlanChannelCopy.For(Plan, PackCards.Shipped()), PackCards.Shipped(), London);

        Assert.Equal(["caseReference", "visit", "returnBy", "level", "style", "advice"], data.Select(p => p.Key));
        Assert.Equal(
            """{"caseReference":"SC-0017-3","visit":"Tue 24 Nov 2026, 14:00","returnBy":"Tue 24 Nov 2026, 16:00","level":"Medium","style":"warning","advice":[{"text":"Go in daylight if you can."},{"text":"Go by taxi and ask it to wait outside."}]}""",
            data.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Data_RecommendationIdsThePackDoesNotHave_AreLeftOut()
    {
        var smuggled = PlanChannelCopy.For(Plan, PackCards.Shipped()) with { RecommendationIds = ["Kyle Dunmore has a dog", "visit-monitoring", "07700 900123"] };

        var data = PlanChannelCard.Data(smuggled, PackCards.Shipped(), London);

        Assert.Equal(
            """[{"text":"For the manager: Run a system that tracks home visits and confirms when each one has ended."}]""",
            data["advice"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.DoesNotContain("Dunmore", data.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("900123", data.ToJsonString(), StringComparison.Ordinal);
    }
}
