using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class ReferenceTests
{
    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Problems_AnyPack_EveryReferenceResolves(string packFile)
    {
        Assert.Empty(ReferenceCheck.Problems(Packs.Load(packFile)));
    }

    [Fact]
    public void Problems_RuleNamingUnknownQuestionAnswerAndRecommendation_ReportsEach()
    {
        var pack = Packs.LoadById("cwm-taf-children");
        var rule = new RiskRule(
            "broken-rule",
            new RiskCondition(All:
            [
                new RiskCondition(Answer: new AnswerCondition("no-such-question", ["yes"])),
                new RiskCondition(Answer: new AnswerCondition("late-in-day", ["maybe"])),
                new RiskCondition(Behaviour: "no-such-behaviour"),
            ]),
            RiskLevel.High,
            "Broken on purpose",
            ["no-such-recommendation"],
            pack.RiskRules[0].Source);
        var broken = pack with { RiskRules = [.. pack.RiskRules, rule] };

        var problems = ReferenceCheck.Problems(broken);

        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.StartsWith("broken-rule:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_RiskHintWithoutRule_Reported()
    {
        var pack = Packs.LoadById("forth-valley-children");
        var hinted = pack.PreContactQuestions.First(q => q.Risk is not null);
        var broken = pack with
        {
            RiskRules = [.. pack.RiskRules.Where(r => !r.When.SelfAndDescendants().Any(c => c.Answer?.Question == hinted.Id))],
        };

        Assert.Contains($"{hinted.Id}: has a risk hint but no risk rule uses it", ReferenceCheck.Problems(broken));
    }
}
