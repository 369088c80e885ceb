using EngagementBot.Domain.Visits;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly IReadOnlyList<VisitPlanAnswer> NoAnswers = [];

    private static readonly IReadOnlyList<VisitRiskFactor> NoFactors = [];

    private IVisitPlanStore VisitPlans => App.Get<IVisitPlanStore>();

    protected static VisitPlan NewPlan(
        string caseReference = "CASE-1",
        DateTimeOffset? createdAt = null,
        bool? jointVisitWanted = true,
        VisitRiskLevel level = VisitRiskLevel.High) => new(
            Guid.NewGuid(),
            caseReference,
            VisitAt: T0.AddDays(1),
            VisitVenue.NeutralVenue,
            ReturnBy: T0.AddDays(1).AddHours(2),
            PackId: "cwm-taf-children",
            Answers: [new("history-hostility", "yes"), new("triggers", "mental-health"), new("others-in-home", "A lodger, sometimes")],
            level,
            Factors:
            [
                new("risk-history-hostility", "Known history of hostility or violence", VisitRiskLevel.High, "Cwm Taf protocol §3.4"),
                new("risk-triggers", "Drink, drugs or mental health may make things worse", VisitRiskLevel.Medium, "Cwm Taf protocol §3.4"),
            ],
            jointVisitWanted,
            PlannedBy: "aad-planner",
            ConversationKey: "msteams|conversation-1",
            CreatedAt: createdAt ?? T0);

    /// <summary>Record equality for every field, and sequence equality for the lists (order matters).</summary>
    private static void AssertSamePlan(VisitPlan expected, VisitPlan? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Answers = NoAnswers, Factors = NoFactors }, actual with { Answers = NoAnswers, Factors = NoFactors });
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(expected.Factors, actual.Factors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [InlineData(null)]
    public async Task AddAsync_NewPlan_FindReturnsEveryField(bool? jointVisitWanted)
    {
        var plan = NewPlan(jointVisitWanted: jointVisitWanted);

        Assert.True(await VisitPlans.AddAsync(plan, CancellationToken.None));

        AssertSamePlan(plan, await VisitPlans.FindAsync(plan.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_PlanWithoutAnswersOrFactors_ReadsBackEmptyLists()
    {
        var plan = NewPlan(level: VisitRiskLevel.Low) with { Answers = [], Factors = [] };

        await VisitPlans.AddAsync(plan, CancellationToken.None);

        AssertSamePlan(plan, await VisitPlans.FindAsync(plan.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SamePlanIdTwice_ReturnsFalseAndKeepsTheFirst()
    {
        var plan = NewPlan();
        await VisitPlans.AddAsync(plan, CancellationToken.None);

        var again = await VisitPlans.AddAsync(plan with { RiskLevel = VisitRiskLevel.Low }, CancellationToken.None);

        Assert.False(again);
        AssertSamePlan(plan, await VisitPlans.FindAsync(plan.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_ReturnNotAfterTheVisit_ThrowsAndStoresNothing()
    {
        var plan = NewPlan() with { ReturnBy = T0.AddDays(1) };

        await Assert.ThrowsAsync<ArgumentException>(() => VisitPlans.AddAsync(plan, CancellationToken.None));

        Assert.Null(await VisitPlans.FindAsync(plan.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownPlanId_ReturnsNull() =>
        Assert.Null(await VisitPlans.FindAsync(Guid.NewGuid(), CancellationToken.None));

    [Fact]
    public async Task ForCaseAsync_ReferenceInOtherLetterCase_ReturnsThatCasesPlansOldestFirst()
    {
        var later = NewPlan(createdAt: T0.AddHours(1));
        var earlier = NewPlan(createdAt: T0);
        var otherCase = NewPlan(caseReference: "CASE-2");
        foreach (var plan in new[] { later, earlier, otherCase })
        {
            await VisitPlans.AddAsync(plan, CancellationToken.None);
        }

        var plans = await VisitPlans.ForCaseAsync("case-1", CancellationToken.None);

        Assert.Equal([earlier.Id, later.Id], plans.Select(p => p.Id));
        AssertSamePlan(later, plans[1]);
    }

    [Fact]
    public async Task Restart_AfterAddingAPlan_PlanSurvives()
    {
        var plan = NewPlan();
        await VisitPlans.AddAsync(plan, CancellationToken.None);

        var restarted = await RestartAsync(App);

        AssertSamePlan(plan, await restarted.Get<IVisitPlanStore>().FindAsync(plan.Id, CancellationToken.None));
    }
}
