using EngagementBot.Domain.Cases;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly CaseActor Raiser = new("aad-raiser", "Children's Services");

    private static readonly CaseActor Manager = new("aad-manager", "Health Visiting");

    private static readonly IReadOnlyList<HazardAdvice> NoAdvice = [];

    private static readonly IReadOnlyList<HazardFlagRenewal> NoRenewals = [];

    protected static HazardFlag NewFlag(
        string caseReference = "CASE-1",
        HazardSeverity severity = HazardSeverity.High,
        DateTimeOffset? raisedAt = null,
        TimeSpan? reviewAfter = null,
        HazardKind kind = HazardKind.Violence,
        Guid? sourceIncidentId = null)
    {
        var raised = raisedAt ?? T0;
        return HazardFlag.Raise(
            Guid.NewGuid(), caseReference, kind, severity,
            [HazardAdvice.PoliceForFirstVisit, HazardAdvice.JointVisitsOnly],
            raised + (reviewAfter ?? TimeSpan.FromDays(90)), Raiser, raised, sourceIncidentId);
    }

    /// <summary>Record equality for every field, and sequence equality for the lists (order matters).</summary>
    private static void AssertSameFlag(HazardFlag expected, HazardFlag? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Advice = NoAdvice, Renewals = NoRenewals }, actual with { Advice = NoAdvice, Renewals = NoRenewals });
        Assert.Equal(expected.Advice, actual.Advice);
        Assert.Equal(expected.Renewals, actual.Renewals);
    }

    private async Task<HazardFlag> AddFlagAsync(HazardFlag flag)
    {
        Assert.True(await App.HazardFlags.AddAsync(flag, CancellationToken.None));
        return flag;
    }

    [Fact]
    public async Task AddAsync_NewFlags_FindAndAllForCaseReturnEveryField()
    {
        var fromIncident = await AddFlagAsync(NewFlag(sourceIncidentId: Guid.NewGuid(), kind: HazardKind.AggressiveAnimal));
        var raisedByHand = await AddFlagAsync(NewFlag(raisedAt: T0.AddMinutes(1), severity: HazardSeverity.Critical));

        AssertSameFlag(fromIncident, await App.HazardFlags.FindAsync(fromIncident.Id, CancellationToken.None));
        AssertSameFlag(raisedByHand, await App.HazardFlags.FindAsync(raisedByHand.Id, CancellationToken.None));
        var all = await App.HazardFlags.AllForCaseAsync("CASE-1", CancellationToken.None);
        Assert.Equal(2, all.Count);
        AssertSameFlag(fromIncident, all[0]);
        AssertSameFlag(raisedByHand, all[1]);
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_ReturnsFalseAndKeepsTheFirst()
    {
        var flag = await AddFlagAsync(NewFlag());

        var again = await App.HazardFlags.AddAsync(flag with { Severity = HazardSeverity.Low }, CancellationToken.None);

        Assert.False(again);
        AssertSameFlag(flag, await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_FlagAlreadyWithdrawn_Throws()
    {
        var withdrawn = NewFlag().Withdraw("raised in error", Manager, T0.AddDays(1));

        await Assert.ThrowsAsync<ArgumentException>(() => App.HazardFlags.AddAsync(withdrawn, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownFlagId_ReturnsNull()
    {
        Assert.Null(await App.HazardFlags.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task ActiveForCaseAsync_AtAndAroundReviewDate_ActiveOnlyBeforeIt()
    {
        var flag = await AddFlagAsync(NewFlag(reviewAfter: TimeSpan.FromDays(10)));

        var justBefore = await App.HazardFlags.ActiveForCaseAsync("CASE-1", flag.ReviewDate.AddMilliseconds(-1), CancellationToken.None);
        var atReview = await App.HazardFlags.ActiveForCaseAsync("CASE-1", flag.ReviewDate, CancellationToken.None);

        Assert.Equal([flag.Id], justBefore.Select(f => f.Id));
        Assert.Empty(atReview);
    }

    [Fact]
    public async Task ActiveForCaseAsync_SeveralFlagsAndCases_OnlyThisCaseMostSeriousFirst()
    {
        var medium = await AddFlagAsync(NewFlag(severity: HazardSeverity.Medium));
        var olderHigh = await AddFlagAsync(NewFlag(severity: HazardSeverity.High, raisedAt: T0.AddMinutes(1)));
        var newerHigh = await AddFlagAsync(NewFlag(severity: HazardSeverity.High, raisedAt: T0.AddMinutes(2)));
        var critical = await AddFlagAsync(NewFlag(severity: HazardSeverity.Critical, raisedAt: T0.AddMinutes(3)));
        await AddFlagAsync(NewFlag(caseReference: "CASE-2", severity: HazardSeverity.Critical));

        var active = await App.HazardFlags.ActiveForCaseAsync("CASE-1", T0.AddDays(1), CancellationToken.None);

        Assert.Equal([critical.Id, newerHigh.Id, olderHigh.Id, medium.Id], active.Select(f => f.Id));
    }

    [Fact]
    public async Task ActiveForCaseAsync_ReferenceInOtherLetterCase_FindsTheFlags()
    {
        var flag = await AddFlagAsync(NewFlag(caseReference: "CASE-AB12"));

        var active = await App.HazardFlags.ActiveForCaseAsync("case-ab12", T0.AddDays(1), CancellationToken.None);
        var all = await App.HazardFlags.AllForCaseAsync("Case-Ab12", CancellationToken.None);

        Assert.Equal([flag.Id], active.Select(f => f.Id));
        Assert.Equal([flag.Id], all.Select(f => f.Id));
    }

    [Fact]
    public async Task AllForCaseAsync_ExpiredAndWithdrawnFlags_KeptOldestFirst()
    {
        var expired = await AddFlagAsync(NewFlag(reviewAfter: TimeSpan.FromDays(1)));
        var withdrawn = await AddFlagAsync(NewFlag(raisedAt: T0.AddMinutes(1)));
        var active = await AddFlagAsync(NewFlag(raisedAt: T0.AddMinutes(2)));
        await App.HazardFlags.WithdrawAsync(withdrawn.Id, "raised on the wrong case", Manager, T0.AddHours(1), CancellationToken.None);

        var all = await App.HazardFlags.AllForCaseAsync("CASE-1", CancellationToken.None);
        var activeNow = await App.HazardFlags.ActiveForCaseAsync("CASE-1", T0.AddDays(2), CancellationToken.None);

        Assert.Equal([expired.Id, withdrawn.Id, active.Id], all.Select(f => f.Id));
        Assert.Equal([active.Id], activeNow.Select(f => f.Id));
    }

    [Fact]
    public async Task AllForCaseAsync_UnknownCase_ReturnsEmpty()
    {
        await AddFlagAsync(NewFlag());

        Assert.Empty(await App.HazardFlags.AllForCaseAsync("CASE-9", CancellationToken.None));
    }

    [Fact]
    public async Task RenewAsync_LaterDates_MoveReviewDateAndRecordEachRenewal()
    {
        var flag = await AddFlagAsync(NewFlag(reviewAfter: TimeSpan.FromDays(30)));
        var firstDate = flag.ReviewDate.AddDays(30);
        var secondDate = firstDate.AddDays(30);

        var first = await App.HazardFlags.RenewAsync(flag.Id, firstDate, Manager, T0.AddDays(20), CancellationToken.None);
        var second = await App.HazardFlags.RenewAsync(flag.Id, secondDate, Raiser, T0.AddDays(50), CancellationToken.None);

        var expected = flag
            .Renew(firstDate, Manager, T0.AddDays(20))
            .Renew(secondDate, Raiser, T0.AddDays(50));
        Assert.Equal(HazardFlagChangeOutcome.Applied, first.Outcome);
        Assert.Equal(firstDate, first.Flag?.ReviewDate);
        Assert.Equal(HazardFlagChangeOutcome.Applied, second.Outcome);
        AssertSameFlag(expected, second.Flag);
        AssertSameFlag(expected, await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None));
        Assert.Equal(
            [new HazardFlagRenewal(T0.AddDays(20), "aad-manager", "Health Visiting", flag.ReviewDate, firstDate),
             new HazardFlagRenewal(T0.AddDays(50), "aad-raiser", "Children's Services", firstDate, secondDate)],
            expected.Renewals);
    }

    [Fact]
    public async Task RenewAsync_ExpiredFlag_MakesItActiveAgain()
    {
        var flag = await AddFlagAsync(NewFlag(reviewAfter: TimeSpan.FromDays(10)));
        var lateReview = T0.AddDays(15);

        var renewed = await App.HazardFlags.RenewAsync(flag.Id, lateReview.AddDays(30), Manager, lateReview, CancellationToken.None);

        Assert.True(renewed.Applied);
        var active = await App.HazardFlags.ActiveForCaseAsync("CASE-1", lateReview.AddMinutes(1), CancellationToken.None);
        Assert.Equal([flag.Id], active.Select(f => f.Id));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(5, 6)]
    public async Task RenewAsync_DateNotLaterThanReviewDateOrRenewalTime_RejectedAndNothingChanges(int newReviewInDays, int renewedInDays)
    {
        var flag = await AddFlagAsync(NewFlag(reviewAfter: TimeSpan.FromDays(1)));

        var result = await App.HazardFlags.RenewAsync(
            flag.Id, T0.AddDays(newReviewInDays), Manager, T0.AddDays(renewedInDays), CancellationToken.None);

        Assert.Equal(HazardFlagChangeOutcome.ReviewDateNotLater, result.Outcome);
        AssertSameFlag(flag, result.Flag);
        AssertSameFlag(flag, await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RenewAsync_WithdrawnFlag_ReturnsAlreadyWithdrawnAndStaysInactive()
    {
        var flag = await AddFlagAsync(NewFlag());
        await App.HazardFlags.WithdrawAsync(flag.Id, "risk has passed", Manager, T0.AddDays(1), CancellationToken.None);

        var result = await App.HazardFlags.RenewAsync(flag.Id, T0.AddDays(365), Raiser, T0.AddDays(2), CancellationToken.None);

        Assert.Equal(HazardFlagChangeOutcome.AlreadyWithdrawn, result.Outcome);
        Assert.Empty(result.Flag!.Renewals);
        Assert.Empty(await App.HazardFlags.ActiveForCaseAsync("CASE-1", T0.AddDays(3), CancellationToken.None));
    }

    [Fact]
    public async Task RenewAndWithdraw_UnknownId_ReturnNotFound()
    {
        var renew = await App.HazardFlags.RenewAsync(Guid.NewGuid(), T0.AddDays(30), Manager, T0, CancellationToken.None);
        var withdraw = await App.HazardFlags.WithdrawAsync(Guid.NewGuid(), "not needed", Manager, T0, CancellationToken.None);

        Assert.Equal(new HazardFlagChange(HazardFlagChangeOutcome.NotFound, null), renew);
        Assert.Equal(new HazardFlagChange(HazardFlagChangeOutcome.NotFound, null), withdraw);
    }

    [Fact]
    public async Task WithdrawAsync_ActiveFlag_RecordsWhoWhenAndWhyAndKeepsTheFlag()
    {
        var flag = await AddFlagAsync(NewFlag());

        var result = await App.HazardFlags.WithdrawAsync(flag.Id, "  family moved out of area ", Manager, T0.AddDays(3), CancellationToken.None);

        var expected = flag with { Withdrawal = new HazardFlagWithdrawal(T0.AddDays(3), "aad-manager", "Health Visiting", "family moved out of area") };
        Assert.Equal(HazardFlagChangeOutcome.Applied, result.Outcome);
        AssertSameFlag(expected, result.Flag);
        AssertSameFlag(expected, Assert.Single(await App.HazardFlags.AllForCaseAsync("CASE-1", CancellationToken.None)));
        Assert.Empty(await App.HazardFlags.ActiveForCaseAsync("CASE-1", T0.AddDays(4), CancellationToken.None));
    }

    [Fact]
    public async Task WithdrawAsync_Twice_SecondIsRejectedAndTheFirstRecordKept()
    {
        var flag = await AddFlagAsync(NewFlag());
        var first = await App.HazardFlags.WithdrawAsync(flag.Id, "first reason", Manager, T0.AddDays(1), CancellationToken.None);

        var second = await App.HazardFlags.WithdrawAsync(flag.Id, "second reason", Raiser, T0.AddDays(2), CancellationToken.None);

        Assert.Equal(HazardFlagChangeOutcome.AlreadyWithdrawn, second.Outcome);
        Assert.Equal(first.Flag!.Withdrawal, second.Flag!.Withdrawal);
        Assert.Equal("first reason", (await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None))!.Withdrawal!.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task WithdrawAsync_BlankReason_Throws(string reason)
    {
        var flag = await AddFlagAsync(NewFlag());

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => App.HazardFlags.WithdrawAsync(flag.Id, reason, Manager, T0.AddDays(1), CancellationToken.None));
        Assert.Null((await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None))!.Withdrawal);
    }

    [Fact]
    public async Task WithdrawAsync_ConcurrentWithdrawals_ExactlyOneApplied()
    {
        var flag = await AddFlagAsync(NewFlag());

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => App.HazardFlags.WithdrawAsync(
            flag.Id, $"reason {i}", Manager, T0.AddDays(1), CancellationToken.None))));

        var winner = Assert.Single(results, r => r.Applied);
        Assert.All(results.Where(r => !r.Applied), r => Assert.Equal(HazardFlagChangeOutcome.AlreadyWithdrawn, r.Outcome));
        Assert.Equal(winner.Flag!.Withdrawal, (await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None))!.Withdrawal);
    }

    [Fact]
    public async Task RenewAsync_ConcurrentRenewalsToOneDate_ExactlyOneAppliedAndRecordedOnce()
    {
        var flag = await AddFlagAsync(NewFlag());
        var newDate = flag.ReviewDate.AddDays(30);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => App.HazardFlags.RenewAsync(
            flag.Id, newDate, Manager, T0.AddDays(1), CancellationToken.None))));

        Assert.Single(results, r => r.Applied);
        Assert.All(results.Where(r => !r.Applied), r => Assert.Equal(HazardFlagChangeOutcome.ReviewDateNotLater, r.Outcome));
        Assert.Single((await App.HazardFlags.FindAsync(flag.Id, CancellationToken.None))!.Renewals);
    }

    [Fact]
    public async Task Restart_AfterRenewalAndWithdrawal_HistorySurvives()
    {
        var renewed = await AddFlagAsync(NewFlag());
        var withdrawn = await AddFlagAsync(NewFlag(raisedAt: T0.AddMinutes(1)));
        var afterRenewal = (await App.HazardFlags.RenewAsync(renewed.Id, T0.AddDays(200), Manager, T0.AddDays(80), CancellationToken.None)).Flag;
        var afterWithdrawal = (await App.HazardFlags.WithdrawAsync(withdrawn.Id, "closed", Manager, T0.AddDays(2), CancellationToken.None)).Flag;

        var restarted = await RestartAsync(App);

        var all = await restarted.HazardFlags.AllForCaseAsync("CASE-1", CancellationToken.None);
        Assert.Equal(2, all.Count);
        AssertSameFlag(afterRenewal!, all[0]);
        AssertSameFlag(afterWithdrawal!, all[1]);
    }
}
