using System.Reflection;
using EngagementBot.Host.Flows.Escalations;

namespace EngagementBot.Host.Tests.Flows.Escalations;

/// <summary>The channel card can only ever carry the case reference, the kind of concern, the date and the pack's action labels.</summary>
public class EscalationSummaryPrivacyTests
{
    private static readonly EscalationSummary Summary = new(
        Guid.NewGuid(), "SC-0017-3", ConcernKind.AccessRefused, new DateOnly(2026, 11, 23), "forth-valley-children", ["arrange-joint-visit", "tell-the-reporter"]);

    [Fact]
    public void EscalationSummary_Properties_NoFieldForNamesOrWords()
    {
        var properties = typeof(EscalationSummary).GetProperties(BindingFlags.Public | BindingFlags.Instance);

        Assert.Equal([nameof(EscalationSummary.CaseReference), nameof(EscalationSummary.PackId)], properties.Where(p => p.PropertyType == typeof(string)).Select(p => p.Name));
        Assert.All(properties, p => Assert.Contains(p.PropertyType, new[]
        {
            typeof(Guid), typeof(string), typeof(ConcernKind), typeof(DateOnly), typeof(IReadOnlyList<string>),
        }));
    }

    [Fact]
    public void Data_Summary_HoldsReferenceConcernDateAndPackLabelsOnly()
    {
        var data = EscalationSummaryCard.Data(Summary, EscalationPaths.Load("forth-valley-children").EscalationPath);

        Assert.Equal(["caseReference", "concern", "date", "actions"], data.Select(p => p.Key));
        Assert.Equal(
            """{"caseReference":"SC-0017-3","concern":"Access refused","date":"Mon 23 Nov 2026","actions":[{"text":"Joint visit"},{"text":"Tell the Reporter"}]}""",
            data.ToJsonString());
    }

    [Fact]
    public void Data_ActionKindsThatAreNotActionsOfThePack_AreLeftOut()
    {
        var smuggled = Summary with { ActionKinds = ["Jamie Dunmore has a bruise", "worried-wellbeing", "start", "ask-police-to-check"] };

        var data = EscalationSummaryCard.Data(smuggled, EscalationPaths.Load("forth-valley-children").EscalationPath);

        Assert.Equal("""[{"text":"Police urgent check"}]""", data["actions"]!.ToJsonString());
        Assert.DoesNotContain("Dunmore", data.ToJsonString(), StringComparison.Ordinal);
    }
}
