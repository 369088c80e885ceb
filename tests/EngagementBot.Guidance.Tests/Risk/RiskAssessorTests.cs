using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Risk;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests.Risk;

public sealed class RiskAssessorTests
{
    private const string CwmTaf = "cwm-taf-children";
    private const string ForthValley = "forth-valley-children";

    /// <summary>One row of the table: a pack, what the practitioner answered, what is known about the case,
    /// and the level and factors (rule ids, most serious first) expected.</summary>
    public sealed record RiskCase(
        string PackId,
        Dictionary<string, PackAnswer> Answers,
        RiskContext Context,
        RiskLevel Level,
        string[] RuleIds);

    private static RiskContext Hazards(params (string Kind, Severity Severity)[] hazards) =>
        new([.. hazards.Select(h => new CaseHazard(h.Kind, h.Severity))]);

    private static readonly Dictionary<string, RiskCase> Table = new()
    {
        // Cwm Taf (001), pre-contact questions of 6.1, 3.4, 5.2, section seven and 2.3.
        ["cwm-taf: nothing answered, nothing known → low"] = new(
            CwmTaf, [], RiskContext.None, RiskLevel.Low, []),
        ["cwm-taf: every answer reassuring → low"] = new(
            CwmTaf,
            new()
            {
                ["late-in-day"] = false, ["joint-visit-needed"] = "no", ["car-targeted"] = false, ["means-of-help"] = true,
                ["whereabouts-known"] = "yes", ["risk-known"] = true, ["no-return-plan"] = true, ["manager-has-details"] = true,
                ["history-hostility"] = false, ["triggers"] = "no-pattern", ["feel-intimidated"] = false,
                ["prepared-for-hostility"] = true, ["action-plan-agreed"] = true, ["case-file-warning"] = false,
                ["can-continue"] = true, ["will-see-child-alone"] = true,
            },
            RiskContext.None, RiskLevel.Low, []),
        ["cwm-taf: only low factors → low, still named"] = new(
            CwmTaf, new() { ["social-media-secure"] = false, ["had-safety-training"] = "no" }, RiskContext.None,
            RiskLevel.Low, ["risk-social-media-open", "risk-no-safety-training"]),
        ["cwm-taf: mental health and a late visit → medium"] = new(
            CwmTaf, new() { ["late-in-day"] = true, ["triggers"] = "mental-health" }, RiskContext.None,
            RiskLevel.Medium, ["risk-triggers", "risk-late-in-day"]),
        ["cwm-taf: history of hostility, prepared, in daylight → high"] = new(
            CwmTaf, new() { ["history-hostility"] = true, ["prepared-for-hostility"] = true, ["late-in-day"] = false }, RiskContext.None,
            RiskLevel.High, ["risk-history-hostility"]),
        ["cwm-taf: intimidated, car targeted, manager lacks details → high, lower factors listed after"] = new(
            CwmTaf, new() { ["feel-intimidated"] = "yes", ["car-targeted"] = true, ["manager-has-details"] = false }, RiskContext.None,
            RiskLevel.High, ["risk-intimidated", "risk-car-targeted", "risk-manager-lacks-details"]),
        ["cwm-taf: hostility and after dark → do not visit alone"] = new(
            CwmTaf, new() { ["history-hostility"] = true, ["late-in-day"] = true }, RiskContext.None,
            RiskLevel.DoNotVisitAlone, ["risk-hostile-after-dark", "risk-history-hostility", "risk-late-in-day"]),
        ["cwm-taf: unsure work can continue safely → do not visit alone"] = new(
            CwmTaf, new() { ["can-continue"] = "no" }, RiskContext.None,
            RiskLevel.DoNotVisitAlone, ["risk-cannot-continue"]),
        ["cwm-taf: high hazard flag, no answers → high"] = new(
            CwmTaf, [], Hazards(("violence", Severity.High)),
            RiskLevel.High, ["risk-hazard-flag"]),
        ["cwm-taf: critical hazard flag over reassuring answers → high"] = new(
            CwmTaf, new() { ["history-hostility"] = false, ["feel-intimidated"] = false, ["whereabouts-known"] = true },
            Hazards(("threats", Severity.Critical)),
            RiskLevel.High, ["risk-hazard-flag"]),
        ["cwm-taf: low and medium hazard flags alone → low"] = new(
            CwmTaf, [], Hazards(("aggressive-animal", Severity.Medium), ("intimidation", Severity.Low)),
            RiskLevel.Low, []),
        ["cwm-taf: access-denied flag of low severity → medium"] = new(
            CwmTaf, [], Hazards(("access-denied", Severity.Low)),
            RiskLevel.Medium, ["risk-access-denied"]),
        ["cwm-taf: access refused per engagement log → medium"] = new(
            CwmTaf, [], new RiskContext([], AccessDenied: true),
            RiskLevel.Medium, ["risk-access-denied"]),
        ["cwm-taf: child not seen last time → medium"] = new(
            CwmTaf, [], new RiskContext([], ChildNotSeen: true),
            RiskLevel.Medium, ["risk-child-not-seen"]),
        ["cwm-taf: threats to kill recorded on the case → do not visit alone"] = new(
            CwmTaf, [], new RiskContext([], Behaviours: ["threats-to-kill"]),
            RiskLevel.DoNotVisitAlone, ["risk-violence-on-record"]),
        ["cwm-taf: swearing recorded on the case → low"] = new(
            CwmTaf, [], new RiskContext([], Behaviours: ["swearing"]),
            RiskLevel.Low, []),
        ["cwm-taf: unknown questions and impossible answers ignored → low"] = new(
            CwmTaf,
            new()
            {
                ["no-such-question"] = true, ["late-in-day"] = "maybe", ["triggers"] = "drugs", ["history-hostility"] = "",
                ["joint-visit-needed"] = "phone-ready", ["specific-circumstances"] = "alcohol",
            },
            RiskContext.None, RiskLevel.Low, []),
        ["cwm-taf: answers in other letter case and padded → matched"] = new(
            CwmTaf, new() { ["history-hostility"] = " YES ", ["triggers"] = "Alcohol-Or-Drugs" }, RiskContext.None,
            RiskLevel.High, ["risk-history-hostility", "risk-triggers"]),

        // Forth Valley (003), "Keeping Staff Safe" checklist, "Risk to staff", "Non- engagement", "Key Messages".
        ["forth-valley: nothing answered, nothing known → low"] = new(
            ForthValley, [], RiskContext.None, RiskLevel.Low, []),
        ["forth-valley: manager lacks details → low, named"] = new(
            ForthValley, new() { ["manager-has-details"] = false, ["phone-ready"] = true }, RiskContext.None,
            RiskLevel.Low, ["risk-manager-lacks-details"]),
        ["forth-valley: drugs and hostility expected → medium"] = new(
            ForthValley, new() { ["specific-circumstances"] = "drugs", ["hostility-expected"] = true }, RiskContext.None,
            RiskLevel.Medium, ["risk-specific-circumstances", "risk-hostility-expected"]),
        ["forth-valley: no phone and team unaware → high"] = new(
            ForthValley, new() { ["phone-ready"] = "no", ["risk-known"] = false }, RiskContext.None,
            RiskLevel.High, ["risk-no-phone", "risk-risk-unknown"]),
        ["forth-valley: hostility and intimidated → do not visit alone"] = new(
            ForthValley, new() { ["history-hostility"] = "yes", ["feel-intimidated"] = true }, RiskContext.None,
            RiskLevel.DoNotVisitAlone, ["risk-hostile-and-afraid", "risk-history-hostility", "risk-intimidated"]),
        ["forth-valley: worker asks for two people → do not visit alone"] = new(
            ForthValley, new() { ["joint-visit-needed"] = true }, RiskContext.None,
            RiskLevel.DoNotVisitAlone, ["risk-joint-visit-wanted"]),
        ["forth-valley: high hazard flag, no answers → high"] = new(
            ForthValley, [], Hazards(("weapons", Severity.High)),
            RiskLevel.High, ["risk-hazard-flag"]),
        ["forth-valley: critical weapons flag and medium access-denied flag → high"] = new(
            ForthValley, new() { ["whereabouts-known"] = true }, Hazards(("weapons", Severity.Critical), ("access-denied", Severity.Medium)),
            RiskLevel.High, ["risk-hazard-flag", "risk-access-refused"]),
        ["forth-valley: medium hazard flag alone → low"] = new(
            ForthValley, [], Hazards(("threats", Severity.Medium)),
            RiskLevel.Low, []),
        ["forth-valley: access refused, answered and logged → one medium factor"] = new(
            ForthValley, new() { ["access-refused-before"] = true }, new RiskContext([], AccessDenied: true),
            RiskLevel.Medium, ["risk-access-refused"]),
        ["forth-valley: child not seen last time → medium"] = new(
            ForthValley, [], new RiskContext([], ChildNotSeen: true),
            RiskLevel.Medium, ["risk-child-not-seen"]),
        ["forth-valley: physical aggression recorded → do not visit alone"] = new(
            ForthValley, [], new RiskContext([], Behaviours: ["physical-aggression"]),
            RiskLevel.DoNotVisitAlone, ["risk-aggression-on-record"]),
        ["forth-valley: other pack's questions and options ignored → low"] = new(
            ForthValley,
            new() { ["specific-circumstances"] = "alcohol-or-drugs", ["phone-ready"] = "perhaps", ["late-in-day"] = true, ["triggers"] = "mental-health" },
            RiskContext.None, RiskLevel.Low, []),
    };

    public static TheoryData<string> CaseNames => new(Table.Keys);

    private static RiskAssessment Assess(RiskCase row) => RiskAssessor.Assess(Packs.LoadById(row.PackId), row.Answers, row.Context);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Assess_TableCase_ExpectedLevelAndFactorsMostSeriousFirst(string caseName)
    {
        var row = Table[caseName];

        var assessment = Assess(row);

        Assert.Equal(row.Level, assessment.Level);
        Assert.Equal(row.RuleIds, assessment.Factors.Select(f => f.RuleId));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Assess_TableCase_EveryFactorAndRecommendationCitesAnExistingSection(string caseName)
    {
        var row = Table[caseName];
        var pack = Packs.LoadById(row.PackId);

        var assessment = Assess(row);

        Assert.All(assessment.Factors, factor =>
        {
            var rule = pack.Find<RiskRule>(factor.RuleId)!;
            Assert.Equal((rule.Factor, rule.Level, rule.Source), (factor.Text, factor.Level, factor.Source));
            Assert.True(Packs.Sources.Contains(factor.Source), $"{factor.RuleId} cites missing {factor.Source}");
        });
        Assert.All(assessment.Recommendations, r => Assert.True(Packs.Sources.Contains(r.Source), $"{r.Id} cites missing {r.Source}"));
        Assert.Equal(assessment.Factors.Count > 0, assessment.Recommendations.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Assess_EachRuleOfEveryPack_FiresFromItsOwnConditionNamedAndCited(string packFile)
    {
        var pack = Packs.Load(packFile);

        Assert.All(pack.RiskRules, rule =>
        {
            var (answers, context) = RuleWitness.For(rule);

            var assessment = RiskAssessor.Assess(pack, answers, context);

            var factor = Assert.Single(assessment.Factors, f => f.RuleId == rule.Id);
            Assert.Equal(new RiskFactor(rule.Id, rule.Factor, rule.Level, rule.Source), factor);
            Assert.True(assessment.Level >= rule.Level, $"{rule.Id}: level {assessment.Level} below {rule.Level}");
            Assert.All(assessment.Factors, f => Assert.True(Packs.Sources.Contains(f.Source), $"{f.RuleId} cites missing {f.Source}"));
            Assert.Subset(assessment.Recommendations.Select(r => r.Id).ToHashSet(), rule.RecommendationIds.ToHashSet());
        });
    }

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Assess_HighOrCriticalHazardFlagAndNoAnswers_RaisesEveryPackToAtLeastHigh(string packFile)
    {
        var pack = Packs.Load(packFile);

        foreach (var severity in new[] { Severity.High, Severity.Critical })
        {
            var assessment = RiskAssessor.Assess(pack, new Dictionary<string, PackAnswer>(), Hazards(("violence", severity)));

            Assert.True(assessment.Level >= RiskLevel.High, $"{pack.Id}: a {severity} flag gives {assessment.Level}");
            Assert.True(assessment.ManagerApprovalRequired);
        }
    }

    [Fact]
    public void Assess_SeveralFactorsShareAdvice_RecommendationsOnceInOrderOfTheMostSeriousFactor()
    {
        var pack = Packs.LoadById(CwmTaf);
        var answers = new Dictionary<string, PackAnswer> { ["history-hostility"] = true, ["late-in-day"] = true, ["feel-intimidated"] = true };

        var assessment = RiskAssessor.Assess(pack, answers, RiskContext.None);

        // risk-hostile-after-dark (visit-in-daylight, joint-visit), then risk-history-hostility (plan-with-manager,
        // joint-visit, police-first-visit), risk-intimidated (plan-with-manager, joint-visit), risk-late-in-day (visit-in-daylight).
        Assert.Equal(["visit-in-daylight", "joint-visit", "plan-with-manager", "police-first-visit"], assessment.Recommendations.Select(r => r.Id));
        Assert.All(assessment.Recommendations, r =>
        {
            var source = pack.Find<Recommendation>(r.Id)!;
            Assert.Equal(new RiskRecommendation(source.Id, source.Text, source.Audience, source.Source), r);
        });
    }

    [Fact]
    public void Assess_ForthValleyFlagAndAnswersOverlap_RecommendationsDeduplicated()
    {
        var pack = Packs.LoadById(ForthValley);
        var answers = new Dictionary<string, PackAnswer> { ["history-hostility"] = true, ["specific-circumstances"] = "alcohol" };

        var assessment = RiskAssessor.Assess(pack, answers, Hazards(("threats", Severity.High)));

        // risk-hazard-flag (joint-visit, tell-line-manager), risk-history-hostility (same), risk-specific-circumstances
        // (joint-visit, office-or-neutral-venue).
        Assert.Equal(["risk-hazard-flag", "risk-history-hostility", "risk-specific-circumstances"], assessment.Factors.Select(f => f.RuleId));
        Assert.Equal(["joint-visit", "tell-line-manager", "office-or-neutral-venue"], assessment.Recommendations.Select(r => r.Id));
    }

    [Theory]
    [InlineData("cwm-taf: nothing answered, nothing known → low", false, false, false)]
    [InlineData("cwm-taf: mental health and a late visit → medium", true, false, false)]
    [InlineData("forth-valley: no phone and team unaware → high", true, true, false)]
    [InlineData("forth-valley: worker asks for two people → do not visit alone", true, true, true)]
    public void Assess_EachLevel_OffersJointVisitFromMediumApprovalFromHighDoNotVisitAloneAtTop(
        string caseName, bool jointVisit, bool managerApproval, bool doNotVisitAlone)
    {
        var assessment = Assess(Table[caseName]);

        Assert.Equal((jointVisit, managerApproval, doNotVisitAlone),
            (assessment.JointVisitOffered, assessment.ManagerApprovalRequired, assessment.DoNotVisitAlone));
    }

    [Fact]
    public void Assess_YesNoAsBooleansOrStrings_SameAssessment()
    {
        var pack = Packs.LoadById(CwmTaf);
        var booleans = new Dictionary<string, PackAnswer> { ["history-hostility"] = true, ["prepared-for-hostility"] = false, ["whereabouts-known"] = false };
        var strings = new Dictionary<string, PackAnswer> { ["history-hostility"] = "yes", ["prepared-for-hostility"] = "no", ["whereabouts-known"] = "No" };

        var fromBooleans = RiskAssessor.Assess(pack, booleans, RiskContext.None);
        var fromStrings = RiskAssessor.Assess(pack, strings, RiskContext.None);

        Assert.Equal(["risk-history-hostility", "risk-unprepared", "risk-whereabouts-unknown"], fromBooleans.Factors.Select(f => f.RuleId));
        Assert.Equal(fromBooleans.Factors, fromStrings.Factors);
        Assert.Equal(fromBooleans.Recommendations, fromStrings.Recommendations);
    }

    [Fact]
    public void Assess_NotCondition_HoldsWhenThePartDoesNotIncludingUnanswered()
    {
        var pack = Packs.LoadById(ForthValley);
        var rule = pack.RiskRules[0] with
        {
            Id = "risk-phone-not-confirmed",
            When = new RiskCondition(Not: new RiskCondition(Answer: new AnswerCondition("phone-ready", ["yes"]))),
            Level = RiskLevel.Medium,
        };
        var withNot = pack with { RiskRules = [rule] };

        var unanswered = RiskAssessor.Assess(withNot, new Dictionary<string, PackAnswer>(), RiskContext.None);
        var confirmed = RiskAssessor.Assess(withNot, new Dictionary<string, PackAnswer> { ["phone-ready"] = true }, RiskContext.None);

        Assert.Equal(RiskLevel.Medium, unanswered.Level);
        Assert.Equal(RiskLevel.Low, confirmed.Level);
    }

    [Fact]
    public void Assess_ConditionWithNoMember_ThrowsNamingTheRule()
    {
        var pack = Packs.LoadById(CwmTaf);
        var broken = pack with { RiskRules = [pack.RiskRules[0] with { Id = "broken-rule", When = new RiskCondition(Any: [new RiskCondition()]) }] };

        var error = Assert.Throws<InvalidDataException>(() => RiskAssessor.Assess(broken, new Dictionary<string, PackAnswer>(), RiskContext.None));

        Assert.Contains("'broken-rule'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ConditionWithTwoMembers_Throws()
    {
        var pack = Packs.LoadById(CwmTaf);
        var both = new RiskCondition(Flag: CaseFlags.ChildNotSeen, Behaviour: "swearing");
        var broken = pack with { RiskRules = [pack.RiskRules[0] with { When = both }] };

        Assert.Throws<InvalidDataException>(() => RiskAssessor.Assess(broken, new Dictionary<string, PackAnswer>(), RiskContext.None));
    }

    [Fact]
    public void Assess_MatchingRuleNamesUnknownRecommendation_ThrowsNamingBoth()
    {
        var pack = Packs.LoadById(ForthValley);
        var rule = pack.Find<RiskRule>("risk-no-phone")! with { RecommendationIds = ["no-such-advice"] };
        var broken = pack with { RiskRules = [rule] };

        var error = Assert.Throws<InvalidDataException>(
            () => RiskAssessor.Assess(broken, new Dictionary<string, PackAnswer> { ["phone-ready"] = false }, RiskContext.None));

        Assert.Contains("'risk-no-phone'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'no-such-advice'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SameInputTwice_SameAssessment()
    {
        var row = Table["cwm-taf: hostility and after dark → do not visit alone"];

        var first = Assess(row);
        var second = Assess(row);

        Assert.Equal(first.Level, second.Level);
        Assert.Equal(first.Factors, second.Factors);
        Assert.Equal(first.Recommendations, second.Recommendations);
    }
}
