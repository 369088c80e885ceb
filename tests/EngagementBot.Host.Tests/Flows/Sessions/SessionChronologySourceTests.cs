using EngagementBot.Dialogs.Composition;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.Engagement;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Host.Tests.Flows.Sessions;

public sealed class SessionChronologySourceTests
{
    private const string Case = "SC-0042-1";
    private const string WorkerId = "aad-worker";
    private const string Location = "12 Example Road";
    private const string Phone = "07700 900123";
    private const string Venue = "home";
    private const string WorkerName = "Sam Worker";

    // 13:00 UTC on 2 July is 14:00 in London (BST).
    private static readonly DateTimeOffset VisitAt = new(2026, 7, 2, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EntriesAsync_WorkerCheckedInAndLeftSafely_GivesBothLocalTimes()
    {
        var session = Started().Arrive(VisitAt.AddMinutes(2)).Close(WorkerId, VisitAt.AddHours(1).AddMinutes(10));

        var entry = await SingleEntryAsync(session);

        Assert.Equal("Visit: checked in 14:02, left safely 15:10", entry.What);
        Assert.Equal(SessionChronologySource.Label, entry.Source);
        Assert.Null(entry.Agency);
    }

    [Fact]
    public async Task EntriesAsync_ClosedByAnotherWithoutCheckIn_SaysNoCheckInAndClosed()
    {
        var session = Started().Close("AAD-manager", VisitAt.AddHours(2).AddMinutes(30));

        var entry = await SingleEntryAsync(session);

        Assert.Equal("Visit: no check-in recorded, closed 16:30", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_ClosedByWorkerInOtherLetterCase_SaysLeftSafely()
    {
        var session = Started().Close("AAD-Worker", VisitAt.AddHours(1));

        var entry = await SingleEntryAsync(session);

        Assert.Equal("Visit: no check-in recorded, left safely 15:00", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_OverdueAlertRaisedThenExtended_StillSaysAlertRaised()
    {
        var session = Started().Arrive(VisitAt).Prompt(0)!.Escalate(0, Guid.NewGuid())!
            .Extend(TimeSpan.FromMinutes(30), VisitAt.AddHours(2))
            .Close(WorkerId, VisitAt.AddHours(2).AddMinutes(5));

        var entry = await SingleEntryAsync(session);

        Assert.Equal("Visit: checked in 14:00, overdue alert raised, left safely 16:05", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_PromptedAndStillOpen_SaysPromptedAndStillOpen()
    {
        var session = Started().Prompt(0)!;

        var entry = await SingleEntryAsync(session);

        Assert.Equal("Visit: no check-in recorded, overdue, prompted to check in, still open", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_ClosedOnALaterDay_NamesThatDay()
    {
        var session = Started().Arrive(VisitAt.AddMinutes(5)).Close(WorkerId, new DateTimeOffset(2026, 7, 3, 8, 10, 0, TimeSpan.Zero));

        var entry = await SingleEntryAsync(session);

        Assert.Equal("Visit: checked in 14:05, left safely 09:10 on Friday 3 July", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_VisitLateEveningUtc_IsOnTheLocalDayOrderedByTheVisit()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        var lateEvening = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var session = Started(lateEvening).Arrive(lateEvening.AddMinutes(1));

        var entry = await SingleEntryAsync(session);

        Assert.Equal(new DateOnly(2026, 7, 1), entry.Day);
        Assert.Equal(lateEvening, entry.Order);
        Assert.Equal("Visit: checked in 00:31, still open", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_EveryKindOfSession_NeverShowsWhereWhoOrTheCaseReference()
    {
        var sessions = new[]
        {
            Started(),
            Started().Arrive(VisitAt).Close(WorkerId, VisitAt.AddHours(1)),
            Started().Prompt(0)!.Escalate(0, Guid.NewGuid())!.Close("aad-manager", VisitAt.AddHours(3)),
        };

        var entries = await Source(sessions).EntriesAsync(Case, CancellationToken.None);

        Assert.Equal(3, entries.Count);
        Assert.All(entries, entry =>
        {
            foreach (var secret in new[] { Location, Phone, Venue, WorkerName, WorkerId, "aad-manager", Case })
            {
                Assert.DoesNotContain(secret, entry.What, StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    [Fact]
    public async Task EntriesAsync_NoSessions_ReturnsEmpty()
    {
        Assert.Empty(await Source().EntriesAsync(Case, CancellationToken.None));
    }

    private static async Task<ChronologyEntry> SingleEntryAsync(VisitSession session) =>
        Assert.Single(await Source(session).EntriesAsync(Case, CancellationToken.None));

    private static SessionChronologySource Source(params VisitSession[] sessions)
    {
        var store = new Mock<ISessionStore>(MockBehavior.Strict);
        store.Setup(s => s.ForCaseAsync(Case, It.IsAny<CancellationToken>())).ReturnsAsync(sessions);
        var clock = new EngagementClock(Options.Create(new DialogOptions { TimeZone = "Europe/London" }), new ManualClock(VisitAt));
        return new SessionChronologySource(store.Object, clock);
    }

    private static VisitSession Started(DateTimeOffset? visitAt = null) => VisitSession.Start(
        Guid.NewGuid(),
        planId: null,
        Case,
        "north",
        new SessionWorker(WorkerId, "29:worker", new ConversationRef("msteams", "a:worker"), WorkerName),
        new Whereabouts(Venue, Location, Phone),
        visitAt ?? VisitAt,
        (visitAt ?? VisitAt).AddHours(1),
        at: (visitAt ?? VisitAt).AddMinutes(-30));
}
