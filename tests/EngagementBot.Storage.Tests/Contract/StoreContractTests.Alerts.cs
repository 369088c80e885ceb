using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private const string LineManager = "aad-line-manager";
    private const string SecondContact = "aad-second-contact";
    private const string TeamChannel = "19:north@thread.tacv2";

    private static readonly IReadOnlyList<AlertRung> NoRungs = [];

    private static readonly IReadOnlyList<PostedCard> NoCards = [];

    private static readonly IReadOnlyList<AlertRung> Ladder =
    [
        new([AlertTarget.Person(LineManager, AlertRoles.LineManager)]),
        new([AlertTarget.Person(SecondContact, AlertRoles.SecondContact), AlertTarget.Person("aad-duty", AlertRoles.OutOfHours)]),
        new([AlertTarget.Channel(TeamChannel, AlertRoles.TeamChannel)]),
    ];

    private IAlertStore Alerts => App.Get<IAlertStore>();

    [Fact]
    public async Task AddAsync_AlertWithEveryFieldSet_IsReadBackAsGivenInUtc()
    {
        var local = new DateTimeOffset(2026, 3, 2, 10, 30, 15, 123, TimeSpan.FromHours(1));
        var alert = new SafetyAlert(
            Guid.NewGuid(), AlertKind.Duress, SourceId: Guid.NewGuid(), "SC-0042", "north", Worker,
            new Whereabouts("home", "12 Example Road", "07700 900123"), DueBackAt: local.AddMinutes(-20), Ladder, Step: 2,
            AlertState.Handled, Silent: true, HandledBy: LineManager, HandledByName: "Alex Manager", HandledAt: local.AddMinutes(3),
            PostedCards: [], CreatedAt: local, NextStepAt: local.AddMinutes(10).AddMilliseconds(1), Version: 0);

        Assert.True(await Alerts.AddAsync(alert, Armed(alert), CancellationToken.None));

        var stored = await Alerts.FindAsync(alert.Id, CancellationToken.None);
        AssertSameAlert(alert, stored);
        Assert.All(
            [stored!.DueBackAt!.Value, stored.HandledAt!.Value, stored.CreatedAt, stored.NextStepAt!.Value],
            time => Assert.Equal(TimeSpan.Zero, time.Offset));
    }

    [Theory]
    [InlineData(AlertKind.Overdue, AlertState.StoodDown)]
    [InlineData(AlertKind.Sos, AlertState.Cancelled)]
    [InlineData(AlertKind.Sos, AlertState.Arming)]
    [InlineData(AlertKind.Incident, AlertState.Raised)]
    public async Task AddAsync_EachKindAndState_IsReadBackWithItsNulls(AlertKind kind, AlertState state)
    {
        var alert = NewAlert(kind: kind) with { State = state, Whereabouts = null, CaseReference = null, SourceId = null, DueBackAt = null, NextStepAt = null };

        await Alerts.AddAsync(alert, Armed(alert), CancellationToken.None);

        AssertSameAlert(alert, await Alerts.FindAsync(alert.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SameAlertIdTwice_ReturnsFalseAndKeepsTheFirstAndItsEvent()
    {
        var alert = await AddAlertAsync();

        var again = alert with { Team = "south" };
        Assert.False(await Alerts.AddAsync(again, Armed(again) with { Kind = AlertEventKinds.Raised }, CancellationToken.None));

        AssertSameAlert(alert, await Alerts.FindAsync(alert.Id, CancellationToken.None));
        Assert.Equal([Armed(alert)], await Alerts.EventsAsync(alert.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_AlertWithPostedCardsOrPastVersionZero_Throws()
    {
        var alert = NewAlert();
        var withCard = alert with { PostedCards = [Card("a:manager", LineManager, T0)] };

        await Assert.ThrowsAsync<ArgumentException>(() => Alerts.AddAsync(withCard, Armed(withCard), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Alerts.AddAsync(alert.Escalate(0, T0)!, Armed(alert), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Alerts.AddAsync(alert, Armed(alert) with { AlertId = Guid.NewGuid() }, CancellationToken.None));
        Assert.Null(await Alerts.FindAsync(alert.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownAlertId_ReturnsNull()
    {
        Assert.Null(await Alerts.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_NextAlertVersion_WritesTheChangeAndAppendsItsEvent()
    {
        var alert = await AddAlertAsync();
        var handled = alert.Handle(LineManager, "Alex Manager", T0.AddMinutes(4))!;
        var recorded = AlertEventAt(alert, T0.AddMinutes(4), AlertEventKinds.Handled, LineManager);

        Assert.True(await Alerts.UpdateAsync(handled, recorded, CancellationToken.None));

        AssertSameAlert(handled, await Alerts.FindAsync(alert.Id, CancellationToken.None));
        Assert.Equal([Armed(alert), recorded], await Alerts.EventsAsync(alert.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_EveryAlertTransitionInTurn_IsReadBackEachTime()
    {
        var sos = SafetyAlert.Arm(Guid.NewGuid(), Guid.NewGuid(), "SC-0042", "north", Worker, null, Ladder, T0, T0.AddSeconds(5));
        await Alerts.AddAsync(sos, Armed(sos), CancellationToken.None);
        var duress = sos.Duress(T0.AddMinutes(5))!;
        Assert.True(await Alerts.UpdateAsync(duress, null, CancellationToken.None));
        AssertSameAlert(duress, await Alerts.FindAsync(sos.Id, CancellationToken.None));

        var overdue = await AddAlertAsync();
        var current = overdue;
        foreach (var change in new Func<SafetyAlert, SafetyAlert>[]
        {
            a => a.Escalate(0, T0.AddMinutes(20))!,
            a => a.Escalate(1, T0.AddMinutes(30))!,
            a => a.StandDown(T0.AddMinutes(25))!,
        })
        {
            current = change(current);
            Assert.True(await Alerts.UpdateAsync(current, null, CancellationToken.None));
            AssertSameAlert(current, await Alerts.FindAsync(overdue.Id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task UpdateAsync_StaleAlertVersion_ReturnsFalseAndChangesNothing()
    {
        var alert = await AddAlertAsync();
        var handled = alert.Handle(LineManager, "Alex Manager", T0.AddMinutes(1))!;
        await Alerts.UpdateAsync(handled, AlertEventAt(alert, T0.AddMinutes(1), AlertEventKinds.Handled, LineManager), CancellationToken.None);

        var staleTimer = alert.Escalate(0, T0.AddMinutes(20))!;
        Assert.False(await Alerts.UpdateAsync(staleTimer, AlertEventAt(alert, T0.AddMinutes(10), AlertEventKinds.Escalated, null), CancellationToken.None));

        AssertSameAlert(handled, await Alerts.FindAsync(alert.Id, CancellationToken.None));
        Assert.Equal(
            [AlertEventKinds.Raised, AlertEventKinds.Handled],
            (await Alerts.EventsAsync(alert.Id, CancellationToken.None)).Select(e => e.Kind));
    }

    [Fact]
    public async Task UpdateAsync_UnknownAlert_ReturnsFalse()
    {
        var never = NewAlert().Escalate(0, T0)!;

        Assert.False(await Alerts.UpdateAsync(never, null, CancellationToken.None));
        Assert.Null(await Alerts.FindAsync(never.Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentPressesFromTheSameVersion_ExactlyOneOwnsIt()
    {
        var alert = await AddAlertAsync();
        var presses = Enumerable.Range(0, 12).Select(i => alert.Handle($"aad-person-{i}", $"Person {i}", T0.AddMinutes(1))!).ToList();

        var results = await RunTogetherAsync(presses.Select(press => (Func<Task<bool>>)(
            () => Alerts.UpdateAsync(press, AlertEventAt(alert, T0.AddMinutes(1), AlertEventKinds.Handled, press.HandledBy), CancellationToken.None))));

        var winner = presses[Assert.Single(Enumerable.Range(0, results.Length), i => results[i])];
        AssertSameAlert(winner, await Alerts.FindAsync(alert.Id, CancellationToken.None));
        var handledEvents = (await Alerts.EventsAsync(alert.Id, CancellationToken.None)).Where(e => e.Kind == AlertEventKinds.Handled).ToList();
        Assert.Equal(winner.HandledBy, Assert.Single(handledEvents).ActorAadObjectId);
    }

    [Fact]
    public async Task UpdateAsync_TimerAndPressOnTwoApps_ExactlyOneApplies()
    {
        var alert = await AddAlertAsync();
        var other = (await StartAppAsync()).Get<IAlertStore>();
        var stores = new[] { Alerts, other };

        var results = await RunTogetherAsync(Enumerable.Range(0, 8).Select(i => (Func<Task<bool>>)(
            () => stores[i % 2].UpdateAsync(i % 2 == 0 ? alert.Escalate(0, T0.AddMinutes(20))! : alert.Handle(LineManager, null, T0)!, null, CancellationToken.None))));

        Assert.Single(results, won => won);
        Assert.Equal(1, (await other.FindAsync(alert.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task UpdateAsync_ChangeCarryingPostedCards_DoesNotWriteThem()
    {
        var alert = await AddAlertAsync();

        var escalated = alert.Escalate(0, T0.AddMinutes(20))! with { PostedCards = [Card("a:manager", LineManager, T0)] };
        await Alerts.UpdateAsync(escalated, null, CancellationToken.None);

        Assert.Empty((await Alerts.FindAsync(alert.Id, CancellationToken.None))!.PostedCards);
    }

    [Fact]
    public async Task AddPostedCardAsync_OneCopyPerConversation_ReadBackInPostingOrderWithoutChangingTheVersion()
    {
        var alert = await AddAlertAsync();
        var manager = Card("a:manager", LineManager, T0.AddSeconds(1));
        var channel = new PostedCard(new ConversationRef("msteams", TeamChannel), "act-channel", LineManager, T0.AddSeconds(2));

        Assert.True(await Alerts.AddPostedCardAsync(alert.Id, channel, CancellationToken.None));
        Assert.True(await Alerts.AddPostedCardAsync(alert.Id, manager, CancellationToken.None));
        Assert.False(await Alerts.AddPostedCardAsync(alert.Id, manager with { ActivityId = "act-again", PostedAt = T0.AddSeconds(3) }, CancellationToken.None));

        var stored = await Alerts.FindAsync(alert.Id, CancellationToken.None);
        Assert.Equal([manager, channel], stored!.PostedCards);
        Assert.Equal(0, stored.Version);
        Assert.True(await Alerts.UpdateAsync(alert.Escalate(0, T0.AddMinutes(20))!, null, CancellationToken.None));
    }

    [Fact]
    public async Task AddPostedCardAsync_SameConversationForAnotherAlert_IsRecorded()
    {
        var first = await AddAlertAsync();
        var second = await AddAlertAsync();
        var card = Card("a:manager", LineManager, T0);

        await Alerts.AddPostedCardAsync(first.Id, card, CancellationToken.None);

        Assert.True(await Alerts.AddPostedCardAsync(second.Id, card, CancellationToken.None));
    }

    [Fact]
    public async Task AddPostedCardAsync_UnknownAlert_ReturnsFalse()
    {
        Assert.False(await Alerts.AddPostedCardAsync(Guid.NewGuid(), Card("a:manager", LineManager, T0), CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_Event_IsAppendedWithoutChangingTheAlert()
    {
        var alert = await AddAlertAsync();
        var told = AlertEventAt(alert, T0.AddSeconds(1), AlertEventKinds.Raised, null) with { Detail = "rung:0;roles:line-manager" };

        await Alerts.RecordAsync(told, CancellationToken.None);

        AssertSameAlert(alert, await Alerts.FindAsync(alert.Id, CancellationToken.None));
        Assert.Equal([Armed(alert), told], await Alerts.EventsAsync(alert.Id, CancellationToken.None));
    }

    [Fact]
    public async Task EventsAsync_SeveralEvents_OldestFirstAndOnlyThisAlerts()
    {
        var alert = await AddAlertAsync();
        var neighbour = await AddAlertAsync();
        var escalated = AlertEventAt(alert, T0.AddMinutes(10), AlertEventKinds.Escalated, null);
        var sameMoment = AlertEventAt(alert, T0.AddMinutes(10), AlertEventKinds.Repeated, null);
        var handled = AlertEventAt(alert, T0.AddMinutes(11), AlertEventKinds.Handled, LineManager);
        await Alerts.UpdateAsync(alert.Escalate(0, T0.AddMinutes(20))!, escalated, CancellationToken.None);
        await Alerts.RecordAsync(sameMoment, CancellationToken.None);
        await Alerts.RecordAsync(handled, CancellationToken.None);

        Assert.Equal([Armed(alert), escalated, sameMoment, handled], await Alerts.EventsAsync(alert.Id, CancellationToken.None));
        Assert.Equal([Armed(neighbour)], await Alerts.EventsAsync(neighbour.Id, CancellationToken.None));
        Assert.Empty(await Alerts.EventsAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task OpenForWorkerAsync_MixedAlerts_ArmingAndRaisedOfThatWorkerNewestFirstIgnoringCaseWithCards()
    {
        var older = await AddAlertAsync(createdAt: T0);
        var arming = SafetyAlert.Arm(Guid.NewGuid(), null, null, "north", Worker, null, Ladder, T0.AddMinutes(2), T0.AddMinutes(2).AddSeconds(5));
        await Alerts.AddAsync(arming, Armed(arming), CancellationToken.None);
        var handled = await AddAlertAsync(createdAt: T0.AddMinutes(3));
        await Alerts.UpdateAsync(handled.Handle(LineManager, null, T0.AddMinutes(4))!, null, CancellationToken.None);
        await AddAlertAsync(createdAt: T0.AddMinutes(5), worker: Worker with { AadObjectId = "aad-someone-else" });
        var card = Card("a:manager", LineManager, T0.AddSeconds(1));
        await Alerts.AddPostedCardAsync(older.Id, card, CancellationToken.None);

        var open = await Alerts.OpenForWorkerAsync("AAD-WORKER", CancellationToken.None);

        Assert.Equal([arming.Id, older.Id], open.Select(a => a.Id));
        Assert.Equal([card], open[1].PostedCards);
    }

    [Fact]
    public async Task OpenForTeamAsync_MixedAlerts_OpenOnesOfThatTeamNewestFirstIgnoringCase()
    {
        var older = await AddAlertAsync(createdAt: T0, team: "North");
        var newer = await AddAlertAsync(createdAt: T0.AddMinutes(1), team: "north", worker: Worker with { AadObjectId = "aad-other" });
        var stoodDown = await AddAlertAsync(createdAt: T0.AddMinutes(2), team: "north");
        await Alerts.UpdateAsync(stoodDown.StandDown(T0.AddMinutes(3))!, null, CancellationToken.None);
        await AddAlertAsync(createdAt: T0.AddMinutes(4), team: "south");

        var open = await Alerts.OpenForTeamAsync("NORTH", CancellationToken.None);

        Assert.Equal([newer.Id, older.Id], open.Select(a => a.Id));
    }

    [Fact]
    public async Task FindAsync_AlertAfterRestart_KeepsStateCardsAndEvents()
    {
        var alert = await AddAlertAsync();
        await Alerts.AddPostedCardAsync(alert.Id, Card("a:manager", LineManager, T0), CancellationToken.None);
        var handled = alert.Handle(LineManager, "Alex Manager", T0.AddMinutes(2))!;
        await Alerts.UpdateAsync(handled, AlertEventAt(alert, T0.AddMinutes(2), AlertEventKinds.Handled, LineManager), CancellationToken.None);

        var restarted = await RestartAsync(App);

        var store = restarted.Get<IAlertStore>();
        var stored = await store.FindAsync(alert.Id, CancellationToken.None);
        AssertSameAlert(handled with { PostedCards = stored!.PostedCards }, stored);
        Assert.Single(stored.PostedCards);
        Assert.Equal(2, (await store.EventsAsync(alert.Id, CancellationToken.None)).Count);
    }

    /// <summary>Record equality for every field, and sequence equality for the ladder (rung by rung) and the cards.</summary>
    private static void AssertSameAlert(SafetyAlert expected, SafetyAlert? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Ladder = NoRungs, PostedCards = NoCards }, actual with { Ladder = NoRungs, PostedCards = NoCards });
        Assert.Equal(
            expected.Ladder.SelectMany((rung, index) => rung.Targets.Select(target => (index, target))),
            actual.Ladder.SelectMany((rung, index) => rung.Targets.Select(target => (index, target))));
        Assert.Equal(expected.Ladder.Count, actual.Ladder.Count);
        Assert.Equal(expected.PostedCards, actual.PostedCards);
    }

    private async Task<SafetyAlert> AddAlertAsync(DateTimeOffset? createdAt = null, string team = "north", SessionWorker? worker = null)
    {
        var alert = NewAlert(createdAt, team, worker);
        Assert.True(await Alerts.AddAsync(alert, Armed(alert), CancellationToken.None));
        return alert;
    }

    private static SafetyAlert NewAlert(DateTimeOffset? createdAt = null, string team = "north", SessionWorker? worker = null, AlertKind kind = AlertKind.Overdue)
    {
        var at = createdAt ?? T0;
        return SafetyAlert.Raise(
            Guid.NewGuid(), kind, Guid.NewGuid(), "SC-0042", team, worker ?? Worker, new Whereabouts("home", "12 Example Road", null),
            at.AddMinutes(-10), Ladder, at, at.AddMinutes(10));
    }

    /// <summary>The alert's first event: armed for an SOS in its window, raised otherwise.</summary>
    private static AlertEvent Armed(SafetyAlert alert) =>
        new(alert.Id, alert.CreatedAt, alert.State == AlertState.Arming ? AlertEventKinds.Armed : AlertEventKinds.Raised, null, null);

    private static AlertEvent AlertEventAt(SafetyAlert alert, DateTimeOffset at, string kind, string? actor) => new(alert.Id, at, kind, actor, null);

    private static PostedCard Card(string conversationId, string recipient, DateTimeOffset at) =>
        new(new ConversationRef("msteams", conversationId), "act-" + conversationId, recipient, at);
}
