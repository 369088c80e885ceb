using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Tests.TestDoubles;

namespace EngagementBot.Domain.Tests.Cases;

public sealed class HazardFlagTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly CaseActor Raiser = new("aad-raiser", "Police");

    private static readonly CaseActor Manager = new("aad-manager", "Children's Services");

    private static HazardFlag Raise(DateTimeOffset? raisedAt = null, TimeSpan? reviewAfter = null)
    {
        var at = raisedAt ?? T0;
        return HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.Threats, HazardSeverity.High,
            [HazardAdvice.JointVisitsOnly], at + (reviewAfter ?? TimeSpan.FromDays(30)), Raiser, at);
    }

    [Fact]
    public void StatusAt_ClockMovingPastReviewDate_ActiveUntilTheReviewDateThenExpired()
    {
        var clock = new ManualClock(T0);
        var flag = Raise(clock.GetUtcNow(), TimeSpan.FromDays(30));

        var atRaise = flag.StatusAt(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMilliseconds(1));
        var justBefore = flag.StatusAt(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var atReview = flag.StatusAt(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(365));
        var longAfter = flag.StatusAt(clock.GetUtcNow());

        Assert.Equal(
            [HazardFlagStatus.Active, HazardFlagStatus.Active, HazardFlagStatus.Expired, HazardFlagStatus.Expired],
            [atRaise, justBefore, atReview, longAfter]);
        Assert.False(flag.IsActiveAt(clock.GetUtcNow()));
    }

    [Fact]
    public void IsActiveAt_SameInstantInAnotherOffset_SameAnswer()
    {
        var flag = Raise(reviewAfter: TimeSpan.FromHours(1));
        var justBeforeInWales = (flag.ReviewDate - TimeSpan.FromMinutes(1)).ToOffset(TimeSpan.FromHours(1));

        Assert.True(flag.IsActiveAt(justBeforeInWales));
        Assert.False(flag.IsActiveAt(flag.ReviewDate.ToOffset(TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Raise_ValidRequest_RecordsWhoWhenAndNoHistory()
    {
        var incident = Guid.NewGuid();

        var flag = HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.AggressiveAnimal, HazardSeverity.Medium,
            [HazardAdvice.AnimalsSecured], T0.AddDays(90), Raiser, T0, incident);

        Assert.Equal(("aad-raiser", "Police", T0, incident), (flag.RaisedBy, flag.RaisedByAgency, flag.RaisedAt, flag.SourceIncidentId));
        Assert.Empty(flag.Renewals);
        Assert.Null(flag.RenewedAt);
        Assert.Null(flag.Withdrawal);
    }

    [Fact]
    public void Raise_RepeatedAdvice_KeptOnceInTheOrderGiven()
    {
        var flag = HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.Violence, HazardSeverity.Critical,
            [HazardAdvice.PoliceForFirstVisit, HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit],
            T0.AddDays(30), Raiser, T0);

        Assert.Equal([HazardAdvice.PoliceForFirstVisit, HazardAdvice.JointVisitsOnly], flag.Advice);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Raise_ReviewDateNotAfterRaisedAt_Throws(int reviewInDays)
    {
        Assert.Throws<ArgumentException>(() => HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.Violence, HazardSeverity.High, [], T0.AddDays(reviewInDays), Raiser, T0));
    }

    [Theory]
    [InlineData(" ", "aad-raiser", "Police")]
    [InlineData("CASE-1", "", "Police")]
    [InlineData("CASE-1", "aad-raiser", " ")]
    public void Raise_BlankCaseReferenceOrActor_Throws(string caseReference, string aadObjectId, string agency)
    {
        Assert.ThrowsAny<ArgumentException>(() => HazardFlag.Raise(
            Guid.NewGuid(), caseReference, HazardKind.Violence, HazardSeverity.High, [], T0.AddDays(1),
            new CaseActor(aadObjectId, agency), T0));
    }

    [Fact]
    public void Raise_UndefinedKindSeverityOrAdvice_Throws()
    {
        Assert.Throws<ArgumentException>(() => HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", (HazardKind)99, HazardSeverity.High, [], T0.AddDays(1), Raiser, T0));
        Assert.Throws<ArgumentException>(() => HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.Weapons, (HazardSeverity)99, [], T0.AddDays(1), Raiser, T0));
        Assert.Throws<ArgumentException>(() => HazardFlag.Raise(
            Guid.NewGuid(), "CASE-1", HazardKind.Weapons, HazardSeverity.High, [(HazardAdvice)99], T0.AddDays(1), Raiser, T0));
    }

    [Fact]
    public void Renew_LaterDate_ExtendsReviewDateAndRecordsWhoWhenAndFromWhat()
    {
        var flag = Raise(reviewAfter: TimeSpan.FromDays(30));

        var renewed = flag.Renew(T0.AddDays(60), Manager, T0.AddDays(25));

        Assert.Equal(T0.AddDays(60), renewed.ReviewDate);
        Assert.Equal([new HazardFlagRenewal(T0.AddDays(25), "aad-manager", "Children's Services", T0.AddDays(30), T0.AddDays(60))], renewed.Renewals);
        Assert.Equal(T0.AddDays(25), renewed.RenewedAt);
        Assert.True(renewed.IsActiveAt(T0.AddDays(45)));
        Assert.False(flag.IsActiveAt(T0.AddDays(45)));
        Assert.Equal(flag with { ReviewDate = renewed.ReviewDate, Renewals = renewed.Renewals }, renewed);
    }

    [Fact]
    public void Renew_Twice_KeepsBothRenewalsInOrder()
    {
        var flag = Raise(reviewAfter: TimeSpan.FromDays(30));

        var renewed = flag.Renew(T0.AddDays(60), Manager, T0.AddDays(25)).Renew(T0.AddDays(90), Raiser, T0.AddDays(55));

        Assert.Equal([T0.AddDays(30), T0.AddDays(60)], renewed.Renewals.Select(r => r.PreviousReviewDate));
        Assert.Equal(["aad-manager", "aad-raiser"], renewed.Renewals.Select(r => r.RenewedBy));
        Assert.Equal(T0.AddDays(55), renewed.RenewedAt);
    }

    [Fact]
    public void Renew_ExpiredFlag_ActiveAgain()
    {
        var flag = Raise(reviewAfter: TimeSpan.FromDays(30));
        var lateReview = T0.AddDays(40);

        var renewed = flag.Renew(lateReview.AddDays(30), Manager, lateReview);

        Assert.Equal(HazardFlagStatus.Expired, flag.StatusAt(lateReview));
        Assert.Equal(HazardFlagStatus.Active, renewed.StatusAt(lateReview));
    }

    [Theory]
    [InlineData(30, 10)]
    [InlineData(20, 10)]
    [InlineData(45, 50)]
    [InlineData(50, 50)]
    public void CheckRenewal_DateNotLaterThanReviewDateOrRenewalTime_RefusedAndRenewThrows(int newReviewInDays, int renewInDays)
    {
        var flag = Raise(reviewAfter: TimeSpan.FromDays(30));

        var outcome = flag.CheckRenewal(T0.AddDays(newReviewInDays), T0.AddDays(renewInDays));

        Assert.Equal(HazardFlagChangeOutcome.ReviewDateNotLater, outcome);
        Assert.Throws<InvalidOperationException>(() => flag.Renew(T0.AddDays(newReviewInDays), Manager, T0.AddDays(renewInDays)));
    }

    [Fact]
    public void CheckRenewal_WithdrawnFlag_AlreadyWithdrawn()
    {
        var withdrawn = Raise().Withdraw("risk has passed", Manager, T0.AddDays(1));

        Assert.Equal(HazardFlagChangeOutcome.AlreadyWithdrawn, withdrawn.CheckRenewal(T0.AddDays(365), T0.AddDays(2)));
        Assert.Throws<InvalidOperationException>(() => withdrawn.Renew(T0.AddDays(365), Manager, T0.AddDays(2)));
    }

    [Fact]
    public void Withdraw_ActiveFlag_WithdrawnAtOnceAndRecordedWithTrimmedReason()
    {
        var flag = Raise(reviewAfter: TimeSpan.FromDays(30));

        var withdrawn = flag.Withdraw("  raised on the wrong case  ", Manager, T0.AddDays(2));

        Assert.Equal(new HazardFlagWithdrawal(T0.AddDays(2), "aad-manager", "Children's Services", "raised on the wrong case"), withdrawn.Withdrawal);
        Assert.Equal(HazardFlagStatus.Withdrawn, withdrawn.StatusAt(T0.AddDays(3)));
        Assert.Equal(flag, withdrawn with { Withdrawal = null });
    }

    [Fact]
    public void Withdraw_ExpiredFlag_Recorded()
    {
        var flag = Raise(reviewAfter: TimeSpan.FromDays(1));

        var withdrawn = flag.Withdraw("closed", Manager, T0.AddDays(10));

        Assert.Equal(HazardFlagStatus.Withdrawn, withdrawn.StatusAt(T0.AddDays(10)));
    }

    [Fact]
    public void Withdraw_Twice_RefusedAndThrows()
    {
        var withdrawn = Raise().Withdraw("closed", Manager, T0.AddDays(1));

        Assert.Equal(HazardFlagChangeOutcome.AlreadyWithdrawn, withdrawn.CheckWithdrawal());
        Assert.Throws<InvalidOperationException>(() => withdrawn.Withdraw("again", Raiser, T0.AddDays(2)));
    }

    [Fact]
    public void CheckWithdrawal_ActiveFlag_Applied()
    {
        Assert.Equal(HazardFlagChangeOutcome.Applied, Raise().CheckWithdrawal());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Withdraw_BlankReason_Throws(string reason)
    {
        Assert.ThrowsAny<ArgumentException>(() => Raise().Withdraw(reason, Manager, T0.AddDays(1)));
    }

    [Fact]
    public void Withdraw_ReasonLongerThanTheLimit_Throws()
    {
        var longest = new string('x', HazardFlagWithdrawal.MaxReasonLength);

        Assert.NotNull(Raise().Withdraw(longest, Manager, T0.AddDays(1)).Withdrawal);
        Assert.Throws<ArgumentException>(() => Raise().Withdraw(longest + "x", Manager, T0.AddDays(1)));
    }
}
