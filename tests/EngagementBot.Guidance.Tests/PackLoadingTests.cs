using System.Text.Json.Nodes;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class PackLoadingTests
{
    [Theory]
    [InlineData("cwm-taf-children", Jurisdiction.Wales)]
    [InlineData("forth-valley-children", Jurisdiction.Scotland)]
    public void Load_BuiltInPack_EveryListNonEmpty(string packId, Jurisdiction jurisdiction)
    {
        var pack = Packs.LoadById(packId);

        Assert.Equal(packId, pack.Id);
        Assert.Equal(jurisdiction, pack.Jurisdiction);
        Assert.Equal(AtRisk.Child, pack.AtRisk);
        Assert.NotEmpty(pack.PreContactQuestions);
        Assert.NotEmpty(pack.ThreateningBehaviours);
        Assert.NotEmpty(pack.IncidentSteps);
        Assert.NotEmpty(pack.EscalationPath.Nodes);
        Assert.NotEmpty(pack.ReflectiveQuestions);
        Assert.NotEmpty(pack.DisguisedComplianceIndicators);
        Assert.NotEmpty(pack.WrittenAgreementElements);
        Assert.NotEmpty(pack.Recommendations);
        Assert.NotEmpty(pack.RiskRules);
        Assert.NotEmpty(pack.Glossary);
    }

    [Fact]
    public void Load_CwmTaf_HasEveryThreateningBehaviourOfSection51AndPoliceForThreatsToKill()
    {
        var pack = Packs.LoadById("cwm-taf-children");

        var fromSection51 = pack.ThreateningBehaviours.Count(b => b.Source.Section == "5.1");
        var threatsToKill = pack.Find<ThreateningBehaviour>("threats-to-kill");

        Assert.Equal(16, fromSection51); // the 15 listed behaviours plus veiled threats
        Assert.NotNull(threatsToKill);
        Assert.Equal(Severity.Critical, threatsToKill.Severity);
        Assert.True(threatsToKill.PoliceMustBeTold);
    }

    [Fact]
    public void Load_CwmTaf_HasAllPreContactQuestionsAndSupervisionQuestions()
    {
        var pack = Packs.LoadById("cwm-taf-children");

        Assert.Equal(14, pack.PreContactQuestions.Count(q => q.Source.Section == "6.1"));
        Assert.Equal(6, pack.ReflectiveQuestions.Count(q => q.Source.Section == "3.4"));
        Assert.Equal(4, pack.Glossary.Count(g => g.Category == "non-cooperation-type"));
    }

    [Fact]
    public void Load_ForthValley_HasAllTenPreVisitQuestionsAndTheReporterTerm()
    {
        var pack = Packs.LoadById("forth-valley-children");

        Assert.Equal(10, pack.PreContactQuestions.Count(q => q.Source.Section == "Keeping Staff Safe"));
        Assert.Equal("the Reporter", pack.Terms.Reporter);
        Assert.Equal(7, pack.DisguisedComplianceIndicators.Count(i => i.Source.Section == "Disguised compliance"));
    }

    [Fact]
    public void Read_UnknownMember_Throws()
    {
        var json = Packs.LoadJson("cwm-taf-children.json");
        json["recommendations"]![0]!["colour"] = "red";

        var error = Assert.Throws<InvalidDataException>(() => PackJson.Read(json.ToJsonString(), "test"));

        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredList_Throws()
    {
        var json = Packs.LoadJson("forth-valley-children.json").AsObject();
        json.Remove("glossary");

        Assert.Throws<InvalidDataException>(() => PackJson.Read(json.ToJsonString(), "test"));
    }

    [Fact]
    public void Read_NullText_Throws()
    {
        var json = Packs.LoadJson("forth-valley-children.json");
        json["glossary"]![0]!["meaning"] = null;

        Assert.Throws<InvalidDataException>(() => PackJson.Read(json.ToJsonString(), "test"));
    }

    [Fact]
    public void Read_EnumsInCamelCase_MapToModel()
    {
        var pack = Packs.LoadById("cwm-taf-children");

        Assert.Equal(QuestionKind.YesNo, pack.Find<PackQuestion>("late-in-day")!.Kind);
        Assert.Contains(pack.RiskRules, r => r.Level == RiskLevel.DoNotVisitAlone);
        Assert.Contains(pack.IncidentSteps, s => s.Phase == IncidentPhase.StraightAfter && s.Actor == IncidentActor.Manager);
        Assert.Equal(EscalationNodeKind.Step, pack.EscalationPath.Find(pack.EscalationPath.Start)!.Kind);
    }

    [Fact]
    public void FindItem_IdInAnyList_ReturnsItThenNullForUnknown()
    {
        var pack = Packs.LoadById("cwm-taf-children");

        Assert.IsType<Recommendation>(pack.FindItem("taxi-that-waits"));
        Assert.IsType<EscalationNode>(pack.FindItem("protect-child"));
        Assert.Null(pack.FindItem("no-such-item"));
        Assert.Null(pack.Find<GlossaryEntry>("taxi-that-waits"));
    }

    [Fact]
    public void Terms_NodesFromJson_RoundTripTheReporterOnlyWhereSet()
    {
        var cwm = Packs.LoadJson("cwm-taf-children.json")["terms"]!.AsObject();

        Assert.False(cwm.ContainsKey("reporter"));
        Assert.Null(Packs.LoadById("cwm-taf-children").Terms.Reporter);
        Assert.IsType<JsonObject>(Packs.LoadJson("forth-valley-children.json")["terms"]);
    }
}
