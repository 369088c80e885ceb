using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Tests.TestSupport;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.LoneWorker;

/// <summary>
/// Two instances on one PostgreSQL database (<see cref="TwoInstanceFlowHost"/>), racing for the same durable timers:
/// every prompt, alert card, mail, feed notice, rung and SOS goes out exactly once, and when one instance
/// stops between rungs the other carries on. Needs <c>ENGAGEMENTBOT_TEST_POSTGRES</c> (./test.sh sets it); fails without.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const int Sessions = 6;
    private TwoInstanceFlowHost _flow = null!;

    public async Task InitializeAsync()
    {
        _flow = await TwoInstanceFlowHost.StartAsync(MondayMorning);
        await _flow.SayAsync("hi");
    }

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Overdue_TwoInstancesRaceForEveryTimer_EachPromptRungMailAndFeedOnce()
    {
        var cases = Enumerable.Range(1, Sessions).Select(i => $"SC-20{i:00}").ToList();
        var sessions = new List<VisitSession>();
        foreach (var reference in cases)
        {
            sessions.Add(await _flow.StartSessionAsync(reference, TimeSpan.FromMinutes(30)));
        }

        await StepAsync(TimeSpan.FromMinutes(30));
        Assert.All(cases, reference => Assert.Single(_flow.PromptsFor(reference)));
        Assert.Empty(_flow.Graph.CallsTo(Testing.Fakes.GraphRoute.SendMail));

        await StepAsync(TwoInstanceFlowHost.GracePeriod);
        var alerts = new List<SafetyAlert>();
        foreach (var session in sessions)
        {
            var stored = (await _flow.Service<ISessionStore>().FindAsync(session.Id, CancellationToken.None))!;
            Assert.Equal(OverdueStage.Escalated, stored.Overdue);
            alerts.Add(await _flow.AlertAsync(stored.AlertId!.Value));
        }

        AssertToldOnce(alerts, cases, cardsSoFar: 1, ("alex@contoso.example", 1), ("sky@contoso.example", 0));
        Assert.All(cases, reference => Assert.Single(_flow.FeedNoticesTo(Manager, reference)));

        await StepAsync(AcknowledgeWithin);
        AssertToldOnce(alerts, cases, cardsSoFar: 2, ("alex@contoso.example", 1), ("sky@contoso.example", 1), ("olu@contoso.example", 0));
        Assert.All(cases, reference => Assert.Single(_flow.FeedNoticesTo(Second, reference)));

        await StepAsync(AcknowledgeWithin);
        AssertToldOnce(alerts, cases, cardsSoFar: 3, ("alex@contoso.example", 1), ("sky@contoso.example", 1), ("olu@contoso.example", 1));

        await StepAsync(AcknowledgeWithin);
        AssertToldOnce(alerts, cases, cardsSoFar: 4, ("alex@contoso.example", 1), ("sky@contoso.example", 1), ("olu@contoso.example", 1));

        await StepAsync(AcknowledgeWithin);
        AssertToldOnce(alerts, cases, cardsSoFar: 4, ("alex@contoso.example", 2), ("sky@contoso.example", 2), ("olu@contoso.example", 2));
        Assert.All(cases, reference => Assert.Single(_flow.PromptsFor(reference)));
        foreach (var alert in alerts)
        {
            var events = await _flow.Service<IAlertStore>().EventsAsync(alert.Id, CancellationToken.None);
            Assert.Equal(
                [AlertEventKinds.Raised, AlertEventKinds.Escalated, AlertEventKinds.Escalated, AlertEventKinds.Escalated, AlertEventKinds.Repeated],
                events.Select(e => e.Kind));
            Assert.Equal(4, (await _flow.AlertAsync(alert.Id)).Step);
        }

        Assert.Equal(0, await _flow.FailedCountAsync());
        Assert.Equal([TwoInstanceFlowHost.InstanceA, TwoInstanceFlowHost.InstanceB], _flow.Callers().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sos_TwoInstancesRaceForTheFireTimer_TheWholeLadderToldOnce()
    {
        await _flow.StartSessionAsync("SC-3001", TimeSpan.FromHours(1));
        await _flow.SayAsync("I need help", TwoInstanceFlowHost.InstanceB);
        var alert = Assert.Single(await _flow.Service<IAlertStore>().OpenForWorkerAsync(Worker, CancellationToken.None));
        Assert.Equal(AlertState.Arming, alert.State);

        await StepAsync(TimeSpan.FromSeconds(5));

        var fired = await _flow.AlertAsync(alert.Id);
        Assert.Equal(AlertState.Raised, fired.State);
        Assert.Equal(4, _flow.CardPostsWith(alert.Id.ToString("D")).Count);
        Assert.Equal([Manager, Second, OutOfHours, Channel], fired.PostedCards.Select(c => c.RecipientAadObjectId).OrderBy(LadderOrder));
        foreach (var address in new[] { "alex@contoso.example", "sky@contoso.example", "olu@contoso.example" })
        {
            Assert.Single(_flow.MailsTo(address, "SC-3001"));
        }

        Assert.Single(_flow.WorkerTexts(), t => t.StartsWith("I've alerted", StringComparison.Ordinal));
        Assert.Equal(
            [AlertEventKinds.Armed, AlertEventKinds.Raised],
            (await _flow.Service<IAlertStore>().EventsAsync(alert.Id, CancellationToken.None)).Select(e => e.Kind));
        Assert.Equal(0, await _flow.FailedCountAsync());
    }

    [Fact]
    public async Task Restart_OneInstanceStopsBetweenRungs_TheOtherTellsTheNextRungOnce()
    {
        var session = await _flow.StartSessionAsync("SC-4001", TimeSpan.FromMinutes(30));
        await StepAsync(TimeSpan.FromMinutes(30));
        await StepAsync(TwoInstanceFlowHost.GracePeriod);
        var alertId = (await _flow.Service<ISessionStore>().FindAsync(session.Id, CancellationToken.None))!.AlertId!.Value;
        Assert.Single(_flow.CardPostsWith(alertId.ToString("D")));
        Assert.Single(_flow.MailsTo("alex@contoso.example", "SC-4001"));

        await _flow.StopAsync(TwoInstanceFlowHost.InstanceA);
        var callsBefore = _flow.Connector.Calls.Count;
        await StepAsync(AcknowledgeWithin);

        var alert = await _flow.AlertAsync(alertId);
        Assert.Equal(1, alert.Step);
        Assert.Equal(2, _flow.CardPostsWith(alertId.ToString("D")).Count);
        Assert.Contains(alert.PostedCards, c => c.RecipientAadObjectId == Second);
        Assert.Single(_flow.MailsTo("sky@contoso.example", "SC-4001"));
        Assert.Single(_flow.MailsTo("alex@contoso.example", "SC-4001"));
        Assert.All(_flow.Connector.Calls.Skip(callsBefore), c => Assert.Equal(SharedFakes.AuthorizationOf(TwoInstanceFlowHost.InstanceB), c.Authorization));

        await StepAsync(AcknowledgeWithin);
        Assert.Equal(3, _flow.CardPostsWith(alertId.ToString("D")).Count);
        Assert.Single(_flow.MailsTo("olu@contoso.example", "SC-4001"));
        Assert.Equal(0, await _flow.FailedCountAsync());
    }

    private static int LadderOrder(string recipient) => recipient switch
    {
        Manager => 0,
        Second => 1,
        OutOfHours => 2,
        _ => 3,
    };

    /// <summary>Moves the clock on once nothing is due, then waits until what became due has gone out.</summary>
    private async Task StepAsync(TimeSpan by)
    {
        await _flow.QuietAsync();
        _flow.Advance(by);
        await _flow.QuietAsync();
    }

    private void AssertToldOnce(IReadOnlyList<SafetyAlert> alerts, IReadOnlyList<string> cases, int cardsSoFar, params (string Address, int Mails)[] mails)
    {
        for (var i = 0; i < alerts.Count; i++)
        {
            Assert.Equal(cardsSoFar, _flow.CardPostsWith(alerts[i].Id.ToString("D")).Count);
            foreach (var (address, count) in mails)
            {
                Assert.Equal(count, _flow.MailsTo(address, cases[i]).Count);
            }
        }
    }
}
