using EngagementBot.Domain.Visits;

namespace EngagementBot.Domain.Tests.Visits;

public class VisitPlanTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    private static readonly VisitPlan Valid = new(
        Guid.NewGuid(), "SC-0017-3", At, VisitVenue.Home, At.AddHours(2), "cwm-taf-children",
        [new("late-in-day", "no"), new("history-hostility", "yes")], VisitRiskLevel.High,
        [new("risk-history-hostility", "Known history of hostility or violence", VisitRiskLevel.High, "protocol §3.4")],
        JointVisitWanted: true, "aad-1", "msteams|c-1", At.AddDays(-1));

    [Fact]
    public void EnsureValid_CompletePlan_DoesNotThrow() => Valid.EnsureValid();

    public static TheoryData<VisitPlan> Broken => new()
    {
        Valid with { CaseReference = " " },
        Valid with { PackId = "" },
        Valid with { PlannedBy = "" },
        Valid with { ConversationKey = "" },
        Valid with { ReturnBy = At },
        Valid with { ReturnBy = At.AddMinutes(-1) },
        Valid with { Venue = (VisitVenue)9 },
        Valid with { RiskLevel = (VisitRiskLevel)9 },
        Valid with { Factors = [new("r", "t", (VisitRiskLevel)9, "c")] },
        Valid with { Answers = [new("late-in-day", "no"), new("late-in-day", "yes")] },
        Valid with { Answers = [new(" ", "no")] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void EnsureValid_BrokenRule_ThrowsArgumentException(VisitPlan plan) =>
        Assert.ThrowsAny<ArgumentException>(plan.EnsureValid);

    [Fact]
    public void Vocabulary_VenuesAndLevels_HaveTheCodesTheDialogAndDatabaseUse()
    {
        Assert.Equal(["home", "neutral-venue", "office-or-clinic"], VisitVocabulary.Venues.Terms.Select(t => t.Code));
        Assert.Equal(["low", "medium", "high", "do-not-visit-alone"], VisitVocabulary.RiskLevels.Terms.Select(t => t.Code));
        Assert.Equal("Do not visit alone", VisitVocabulary.RiskLevels.Text(VisitRiskLevel.DoNotVisitAlone));
    }
}
