using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private const string SessionWorkerId = "aad-worker";

    private static readonly SessionWorker Worker =
        new(SessionWorkerId, "29:worker", new ConversationRef("msteams", "a:worker"), "Sam Worker");

    private ISessionStore Sessions => App.Get<ISessionStore>();

    [Fact]
    public async Task AddAsync_SessionWithEveryFieldSet_IsReadBackAsGivenInUtc()
    {
        var local = new DateTimeOffset(2026, 3, 2, 10, 30, 15, 123, TimeSpan.FromHours(1));
        var session = new VisitSession(
            Guid.NewGuid(), PlanId: Guid.NewGuid(), "SC-0042", "north", Worker,
            new Whereabouts("home", "12 Example Road", "07700 900123"),
            VisitAt: local, DueBackAt: local.AddHours(1).AddMilliseconds(7), DeadlineVersion: 3, SessionState.Closed, OverdueStage.Escalated,
            ArrivedAt: local.AddMinutes(2), ClosedAt: local.AddHours(2), ClosedBy: "aad-manager", AlertId: Guid.NewGuid(),
            CardActivityId: "activity-9", CreatedAt: local.AddDays(-1), Version: 0);

        Assert.True(await Sessions.AddAsync(session, Started(session), CancellationToken.None));

        var stored = await Sessions.FindAsync(session.Id, CancellationToken.None);
        Assert.Equal(session, stored);
        Assert.All(
            [stored!.VisitAt, stored.DueBackAt, stored.ArrivedAt!.Value, stored.ClosedAt!.Value, stored.CreatedAt],
            time => Assert.Equal(TimeSpan.Zero, time.Offset));
    }

    [Fact]
    public async Task AddAsync_NewlyStartedSession_IsReadBackWithItsNulls()
    {
        var session = NewSession();

        await Sessions.AddAsync(session, Started(session), CancellationToken.None);

        Assert.Equal(session, await Sessions.FindAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SameSessionIdTwice_ReturnsFalseAndKeepsTheFirstAndItsEvent()
    {
        var session = await AddSessionAsync();

        var again = session with { CaseReference = "XX-9999" };
        Assert.False(await Sessions.AddAsync(again, Started(again) with { At = T0.AddMinutes(1) }, CancellationToken.None));

        Assert.Equal(session, await Sessions.FindAsync(session.Id, CancellationToken.None));
        Assert.Equal([Started(session)], await Sessions.EventsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SessionPastVersionZero_Throws()
    {
        var arrived = NewSession().Arrive(T0);

        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.AddAsync(arrived, Started(arrived), CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_EventAboutAnotherSession_ThrowsAndStoresNothing()
    {
        var session = NewSession();

        await Assert.ThrowsAsync<ArgumentException>(
            () => Sessions.AddAsync(session, Started(session) with { SessionId = Guid.NewGuid() }, CancellationToken.None));

        Assert.Null(await Sessions.FindAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownSessionId_ReturnsNull()
    {
        Assert.Null(await Sessions.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_NextSessionVersion_WritesTheChangeAndAppendsItsEvent()
    {
        var session = await AddSessionAsync();
        var arrived = session.Arrive(T0.AddMinutes(5));
        var recorded = SessionEventAt(session, T0.AddMinutes(5), SessionEventKinds.Arrived, SessionWorkerId);

        Assert.True(await Sessions.UpdateAsync(arrived, recorded, CancellationToken.None));

        Assert.Equal(arrived, await Sessions.FindAsync(session.Id, CancellationToken.None));
        Assert.Equal([Started(session), recorded], await Sessions.EventsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_EverySessionTransitionInTurn_IsReadBackEachTime()
    {
        var session = await AddSessionAsync();
        var alertId = Guid.NewGuid();
        var steps = new List<VisitSession>();
        var current = session;
        foreach (var change in new Func<VisitSession, VisitSession>[]
        {
            s => s.WithCard("activity-1"),
            s => s.Prompt(0)!,
            s => s.Escalate(0, alertId)!,
            s => s.Extend(TimeSpan.FromMinutes(30), T0.AddHours(2)),
            s => s.Arrive(T0.AddHours(2).AddMinutes(1)),
            s => s.Close(SessionWorkerId, T0.AddHours(2).AddMinutes(20)),
        })
        {
            current = change(current);
            Assert.True(await Sessions.UpdateAsync(current, null, CancellationToken.None));
            steps.Add((await Sessions.FindAsync(session.Id, CancellationToken.None))!);
        }

        Assert.Equal(steps.Count, steps.Select(s => s.Version).Distinct().Count());
        Assert.Equal(current, steps[^1]);
        Assert.Equal((OverdueStage.Escalated, alertId), (steps[2].Overdue, steps[2].AlertId));
        Assert.Equal((1, OverdueStage.None, T0.AddHours(2).AddMinutes(30)), (steps[3].DeadlineVersion, steps[3].Overdue, steps[3].DueBackAt));
        Assert.Equal(SessionState.OnSite, steps[4].State);
        Assert.False(steps[5].IsOpen);
    }

    [Fact]
    public async Task UpdateAsync_WithoutEvent_WritesTheChangeOnly()
    {
        var session = await AddSessionAsync();

        Assert.True(await Sessions.UpdateAsync(session.WithCard("activity-1"), null, CancellationToken.None));

        Assert.Equal("activity-1", (await Sessions.FindAsync(session.Id, CancellationToken.None))!.CardActivityId);
        Assert.Single(await Sessions.EventsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_StaleSessionVersion_ReturnsFalseAndChangesNothing()
    {
        var session = await AddSessionAsync();
        var first = session.Arrive(T0.AddMinutes(1));
        await Sessions.UpdateAsync(first, SessionEventAt(session, T0.AddMinutes(1), SessionEventKinds.Arrived, SessionWorkerId), CancellationToken.None);

        var stale = session.Close(SessionWorkerId, T0.AddMinutes(2));
        var refused = await Sessions.UpdateAsync(stale, SessionEventAt(session, T0.AddMinutes(2), SessionEventKinds.Closed, SessionWorkerId), CancellationToken.None);

        Assert.False(refused);
        Assert.Equal(first, await Sessions.FindAsync(session.Id, CancellationToken.None));
        Assert.Equal(
            [SessionEventKinds.Started, SessionEventKinds.Arrived],
            (await Sessions.EventsAsync(session.Id, CancellationToken.None)).Select(e => e.Kind));
    }

    [Fact]
    public async Task UpdateAsync_SessionVersionSkippingAhead_ReturnsFalse()
    {
        var session = await AddSessionAsync();

        Assert.False(await Sessions.UpdateAsync(session.Arrive(T0).Arrive(T0), null, CancellationToken.None));

        Assert.Equal(session, await Sessions.FindAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_UnknownSession_ReturnsFalse()
    {
        var never = NewSession().Arrive(T0);

        Assert.False(await Sessions.UpdateAsync(never, null, CancellationToken.None));
        Assert.Null(await Sessions.FindAsync(never.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_SessionVersionZero_Throws()
    {
        var session = await AddSessionAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.UpdateAsync(session, null, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentChangesFromTheSameVersion_ExactlyOneWinsWithItsEvent()
    {
        var session = await AddSessionAsync();
        var changes = Enumerable.Range(1, 12).Select(i => session.Extend(TimeSpan.FromMinutes(i), T0)).ToList();

        var results = await RunTogetherAsync(changes.Select(change => (Func<Task<bool>>)(
            () => Sessions.UpdateAsync(change, SessionEventAt(session, T0, SessionEventKinds.Extended, SessionWorkerId) with { Detail = change.DueBackAt.ToString("O") }, CancellationToken.None))));

        var winner = changes[Assert.Single(Enumerable.Range(0, results.Length), i => results[i])];
        Assert.Equal(winner, await Sessions.FindAsync(session.Id, CancellationToken.None));
        var events = await Sessions.EventsAsync(session.Id, CancellationToken.None);
        Assert.Equal([SessionEventKinds.Started, SessionEventKinds.Extended], events.Select(e => e.Kind));
        Assert.Equal(winner.DueBackAt.ToString("O"), events[1].Detail);
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentWithAnotherAppOnTheSameDatabase_ExactlyOneWins()
    {
        var session = await AddSessionAsync();
        var other = (await StartAppAsync()).Get<ISessionStore>();
        var stores = new[] { Sessions, other };

        var results = await RunTogetherAsync(Enumerable.Range(0, 8).Select(i => (Func<Task<bool>>)(
            () => stores[i % 2].UpdateAsync(i % 3 == 0 ? session.Close(null, T0) : session.Prompt(0)!, null, CancellationToken.None))));

        Assert.Single(results, won => won);
        Assert.Equal(1, (await other.FindAsync(session.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task EventsAsync_SeveralEvents_OldestFirstAndOnlyThisSessions()
    {
        var session = await AddSessionAsync();
        var neighbour = await AddSessionAsync();
        var prompted = SessionEventAt(session, T0.AddHours(1), SessionEventKinds.Prompted, null) with { Detail = "deadline:0" };
        var sameMoment = SessionEventAt(session, T0.AddHours(1), SessionEventKinds.Escalated, null) with { Detail = "alert" };
        var late = SessionEventAt(session, T0.AddHours(1).AddMinutes(1), SessionEventKinds.RunningLate, SessionWorkerId);
        var current = session;
        foreach (var recorded in new[] { prompted, sameMoment, late })
        {
            current = current.WithCard("activity");
            await Sessions.UpdateAsync(current, recorded, CancellationToken.None);
        }

        Assert.Equal([Started(session), prompted, sameMoment, late], await Sessions.EventsAsync(session.Id, CancellationToken.None));
        Assert.Equal([Started(neighbour)], await Sessions.EventsAsync(neighbour.Id, CancellationToken.None));
        Assert.Empty(await Sessions.EventsAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task OpenForWorkerAsync_MixedSessions_OpenOnesOfThatWorkerSoonestDeadlineFirstIgnoringCase()
    {
        var later = await AddSessionAsync(dueBackAt: T0.AddHours(3));
        var sooner = await AddSessionAsync(dueBackAt: T0.AddHours(2));
        var onSite = await AddSessionAsync(dueBackAt: T0.AddHours(4));
        await Sessions.UpdateAsync(onSite.Arrive(T0), null, CancellationToken.None);
        var closed = await AddSessionAsync(dueBackAt: T0.AddHours(1));
        await Sessions.UpdateAsync(closed.Close(SessionWorkerId, T0), null, CancellationToken.None);
        await AddSessionAsync(dueBackAt: T0.AddHours(1), worker: Worker with { AadObjectId = "aad-someone-else" });

        var open = await Sessions.OpenForWorkerAsync("AAD-Worker", CancellationToken.None);

        Assert.Equal([sooner.Id, later.Id, onSite.Id], open.Select(s => s.Id));
        Assert.Equal(onSite.Arrive(T0), open[2]);
    }

    [Fact]
    public async Task OpenForWorkerAsync_NoSessions_ReturnsEmpty()
    {
        Assert.Empty(await Sessions.OpenForWorkerAsync(SessionWorkerId, CancellationToken.None));
    }

    [Fact]
    public async Task OpenForTeamAsync_MixedSessions_OpenOnesOfThatTeamSoonestDeadlineFirstIgnoringCase()
    {
        var later = await AddSessionAsync(dueBackAt: T0.AddHours(3), team: "North");
        var sooner = await AddSessionAsync(dueBackAt: T0.AddHours(2), team: "north", worker: Worker with { AadObjectId = "aad-other" });
        var closed = await AddSessionAsync(dueBackAt: T0.AddHours(1), team: "north");
        await Sessions.UpdateAsync(closed.Close(null, T0), null, CancellationToken.None);
        await AddSessionAsync(dueBackAt: T0.AddHours(1), team: "south");

        var open = await Sessions.OpenForTeamAsync("NORTH", CancellationToken.None);

        Assert.Equal([sooner.Id, later.Id], open.Select(s => s.Id));
    }

    [Fact]
    public async Task OpenStartedBeforeAsync_MixedSessions_OpenOnesStartedBeforeTheCutOffSoonestDeadlineFirst()
    {
        var morning = await AddSessionAsync(visitAt: T0, dueBackAt: T0.AddHours(6));
        var lunchtime = await AddSessionAsync(visitAt: T0.AddHours(3), dueBackAt: T0.AddHours(4), team: "south");
        await AddSessionAsync(visitAt: T0.AddHours(8), dueBackAt: T0.AddHours(9));
        var closed = await AddSessionAsync(visitAt: T0, dueBackAt: T0.AddHours(1));
        await Sessions.UpdateAsync(closed.Close(SessionWorkerId, T0.AddHours(1)), null, CancellationToken.None);

        var cutOff = await Sessions.OpenStartedBeforeAsync(T0.AddHours(8), CancellationToken.None);

        Assert.Equal([lunchtime.Id, morning.Id], cutOff.Select(s => s.Id));
    }

    [Fact]
    public async Task ForCaseAsync_MixedSessions_OpenAndClosedOnesOfThatCaseEarliestVisitFirstIgnoringCase()
    {
        var later = await AddSessionAsync(visitAt: T0.AddHours(3), dueBackAt: T0.AddHours(4), caseReference: "SC-0042");
        var earlier = await AddSessionAsync(visitAt: T0, dueBackAt: T0.AddHours(5), caseReference: "sc-0042");
        var closed = await AddSessionAsync(visitAt: T0.AddHours(1), dueBackAt: T0.AddHours(2), team: "south", worker: Worker with { AadObjectId = "aad-other" });
        var closedNow = closed.Arrive(T0.AddHours(1)).Close(SessionWorkerId, T0.AddHours(2));
        await Sessions.UpdateAsync(closed.Arrive(T0.AddHours(1)), null, CancellationToken.None);
        await Sessions.UpdateAsync(closedNow, null, CancellationToken.None);
        await AddSessionAsync(visitAt: T0.AddHours(2), dueBackAt: T0.AddHours(3), caseReference: "SC-0043");

        var sessions = await Sessions.ForCaseAsync("Sc-0042", CancellationToken.None);

        Assert.Equal([earlier.Id, closed.Id, later.Id], sessions.Select(s => s.Id));
        Assert.Equal(closedNow, sessions[1]);
    }

    [Fact]
    public async Task ForCaseAsync_CaseWithoutSessions_ReturnsEmpty()
    {
        await AddSessionAsync();

        Assert.Empty(await Sessions.ForCaseAsync("SC-9999", CancellationToken.None));
    }

    [Fact]
    public async Task ForCaseAsync_BlankCaseReferenceForSessions_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sessions.ForCaseAsync(" ", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_SessionAfterRestart_KeepsStateAndEvents()
    {
        var session = await AddSessionAsync();
        var prompted = session.Prompt(0)!;
        await Sessions.UpdateAsync(prompted, SessionEventAt(session, T0.AddHours(1), SessionEventKinds.Prompted, null), CancellationToken.None);

        var restarted = await RestartAsync(App);

        var store = restarted.Get<ISessionStore>();
        Assert.Equal(prompted, await store.FindAsync(session.Id, CancellationToken.None));
        Assert.Equal(2, (await store.EventsAsync(session.Id, CancellationToken.None)).Count);
    }

    /// <summary>Starts every call at once (released together from a gate) and waits for all of them.</summary>
    private static async Task<T[]> RunTogetherAsync<T>(IEnumerable<Func<Task<T>>> calls)
    {
        using var gate = new ManualResetEventSlim();
        var running = calls.Select(call => Task.Run(async () =>
        {
            gate.Wait();
            return await call();
        })).ToList();
        gate.Set();
        return await Task.WhenAll(running);
    }

    private async Task<VisitSession> AddSessionAsync(
        DateTimeOffset? visitAt = null, DateTimeOffset? dueBackAt = null, string team = "north", SessionWorker? worker = null, string caseReference = "SC-0042")
    {
        var session = NewSession(visitAt, dueBackAt, team, worker, caseReference);
        Assert.True(await Sessions.AddAsync(session, Started(session), CancellationToken.None));
        return session;
    }

    private static VisitSession NewSession(
        DateTimeOffset? visitAt = null, DateTimeOffset? dueBackAt = null, string team = "north", SessionWorker? worker = null, string caseReference = "SC-0042") =>
        VisitSession.Start(
            Guid.NewGuid(), planId: null, caseReference, team, worker ?? Worker, new Whereabouts("neutral-venue", null, null),
            visitAt ?? T0, dueBackAt ?? T0.AddHours(1), at: T0.AddMinutes(-30));

    private static SessionEvent Started(VisitSession session) =>
        new(session.Id, session.CreatedAt, SessionEventKinds.Started, session.Worker.AadObjectId, null);

    private static SessionEvent SessionEventAt(VisitSession session, DateTimeOffset at, string kind, string? actor) =>
        new(session.Id, at, kind, actor, null);
}
