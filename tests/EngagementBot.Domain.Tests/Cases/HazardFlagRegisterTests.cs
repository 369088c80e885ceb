using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Tests.TestDoubles;
using Moq;

namespace EngagementBot.Domain.Tests.Cases;

public sealed class HazardFlagRegisterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly CaseActor Manager = new("aad-manager", "Children's Services");

    private readonly Mock<IHazardFlagStore> _store = new(MockBehavior.Strict);

    private readonly ManualClock _clock = new(T0);

    private HazardFlagRegister Register => new(_store.Object, _clock);

    private static HazardFlagRequest Request(DateTimeOffset reviewDate) => new(
        "CASE-1", HazardKind.Threats, HazardSeverity.Critical, [HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit],
        reviewDate, new CaseActor("aad-raiser", "Police"), Guid.NewGuid());

    [Fact]
    public async Task RaiseAsync_ValidRequest_StoresFlagRaisedAtTheClockTime()
    {
        _clock.Advance(TimeSpan.FromHours(3));
        HazardFlag? stored = null;
        _store.Setup(s => s.AddAsync(It.IsAny<HazardFlag>(), It.IsAny<CancellationToken>()))
            .Callback<HazardFlag, CancellationToken>((flag, _) => stored = flag)
            .ReturnsAsync(true);
        var request = Request(T0.AddDays(30));

        var raised = await Register.RaiseAsync(request, CancellationToken.None);

        Assert.Same(raised, stored);
        Assert.Equal(T0.AddHours(3), raised.RaisedAt);
        Assert.NotEqual(Guid.Empty, raised.Id);
        Assert.Equal(
            (request.CaseReference, request.Kind, request.Severity, request.ReviewDate, "aad-raiser", "Police", request.SourceIncidentId),
            (raised.CaseReference, raised.Kind, raised.Severity, raised.ReviewDate, raised.RaisedBy, raised.RaisedByAgency, raised.SourceIncidentId));
        Assert.Equal(request.Advice, raised.Advice);
    }

    [Fact]
    public async Task RaiseAsync_TwoRequests_FreshIdEachTime()
    {
        _store.Setup(s => s.AddAsync(It.IsAny<HazardFlag>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var first = await Register.RaiseAsync(Request(T0.AddDays(30)), CancellationToken.None);
        var second = await Register.RaiseAsync(Request(T0.AddDays(30)), CancellationToken.None);

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task RaiseAsync_ReviewDateAlreadyPassedByTheClock_ThrowsAndStoresNothing()
    {
        _clock.Advance(TimeSpan.FromDays(31));

        await Assert.ThrowsAsync<ArgumentException>(() => Register.RaiseAsync(Request(T0.AddDays(30)), CancellationToken.None));

        _store.Verify(s => s.AddAsync(It.IsAny<HazardFlag>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RenewAsync_AnyFlag_RenewsAtTheClockTime()
    {
        var id = Guid.NewGuid();
        _clock.Advance(TimeSpan.FromDays(20));
        var change = new HazardFlagChange(HazardFlagChangeOutcome.Applied, null);
        _store.Setup(s => s.RenewAsync(id, T0.AddDays(90), Manager, T0.AddDays(20), It.IsAny<CancellationToken>())).ReturnsAsync(change);

        var result = await Register.RenewAsync(id, T0.AddDays(90), Manager, CancellationToken.None);

        Assert.Same(change, result);
    }

    [Fact]
    public async Task WithdrawAsync_AnyFlag_WithdrawsAtTheClockTimeWithTrimmedReason()
    {
        var id = Guid.NewGuid();
        _clock.Advance(TimeSpan.FromDays(2));
        var change = new HazardFlagChange(HazardFlagChangeOutcome.AlreadyWithdrawn, null);
        _store.Setup(s => s.WithdrawAsync(id, "closed", Manager, T0.AddDays(2), It.IsAny<CancellationToken>())).ReturnsAsync(change);

        var result = await Register.WithdrawAsync(id, " closed ", Manager, CancellationToken.None);

        Assert.Same(change, result);
    }

    [Fact]
    public async Task WithdrawAsync_BlankReason_ThrowsWithoutTouchingTheStore()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Register.WithdrawAsync(Guid.NewGuid(), " ", Manager, CancellationToken.None));
    }

    [Fact]
    public async Task ActiveForCaseAsync_ClockMoves_AsksTheStoreForNowEachTime()
    {
        IReadOnlyList<HazardFlag> none = [];
        _store.Setup(s => s.ActiveForCaseAsync("CASE-1", It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(none);

        await Register.ActiveForCaseAsync("CASE-1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(31));
        await Register.ActiveForCaseAsync("CASE-1", CancellationToken.None);

        _store.Verify(s => s.ActiveForCaseAsync("CASE-1", T0, It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.ActiveForCaseAsync("CASE-1", T0.AddDays(31), It.IsAny<CancellationToken>()), Times.Once);
    }
}
