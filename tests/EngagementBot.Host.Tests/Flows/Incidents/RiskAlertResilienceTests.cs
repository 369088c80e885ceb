using System.Net;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Flows.Incidents;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>The connector and Graph down when an incident is submitted: the outbox retries and loses nothing.</summary>
public sealed class RiskAlertResilienceTests : IAsyncLifetime
{
    private IncidentFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await IncidentFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task AlertChannels_ConnectorFailsTwiceThenRecovers_OneThreadPerChannelDelivered()
    {
        await _flow.MentionAsync("alerts on area=North");
        var (incident, flag) = await SubmittedAsync();
        _flow.Connector.FailNext(2, HttpStatusCode.ServiceUnavailable);

        var channels = await _flow.Get<IncidentNotifications>().AlertChannelsAsync(incident, flag, CancellationToken.None);
        await _flow.Get<IncidentNotifications>().AlertChannelsAsync(incident, flag, CancellationToken.None);

        Assert.Equal(1, channels);
        await IncidentFlowHost.WaitAsync(() => _flow.ChannelThreads().Count == 3, "two failed attempts, then the thread was opened");
        await IncidentFlowHost.WaitAsync(() => _flow.CountPending() == 0, "nothing is left in the outbox");
        await Task.Delay(300);
        Assert.Equal(3, _flow.ChannelThreads().Count);
    }

    [Fact]
    public async Task NotifyManager_GraphDownThenRecovers_ManagerMailedOnce()
    {
        _flow.Graph.FailNext(GraphRoute.Manager, 2, GraphFault.Unavailable());
        var (incident, flag) = await SubmittedAsync();

        await _flow.Get<IIncidentEscalation>().NotifyManagerAsync(incident, flag, CancellationToken.None);
        await _flow.Get<IIncidentEscalation>().NotifyManagerAsync(incident, flag, CancellationToken.None);

        await IncidentFlowHost.WaitAsync(() => _flow.Graph.CallsTo(GraphRoute.SendMail).Count == 1, "the manager was mailed after Graph recovered");
        Assert.True(_flow.Graph.CallsTo(GraphRoute.Manager).Count >= 3, "the manager look-up was retried");
        await Task.Delay(300);
        Assert.Single(_flow.Graph.CallsTo(GraphRoute.SendMail));
    }

    private async Task<(Incident, HazardFlag)> SubmittedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var incident = new Incident(
            Guid.NewGuid(), "SC-0099", "North", "cwm-taf-children",
            new IncidentReporter(TestSupport.TestActivities.UserAadObjectId, TestSupport.TestActivities.UserId, "Test User", new ConversationRef("msteams", IncidentFlowHost.PersonalChat)),
            now.AddHours(-1), "home", null, ["shouting"], null, null, false, false, null, false, false, null, now);
        await _flow.Get<IIncidentStore>().AddAsync(incident, CancellationToken.None);
        var flag = HazardFlag.Raise(Guid.NewGuid(), incident.CaseReference, HazardKind.Intimidation, HazardSeverity.Medium, [HazardAdvice.ManagerAgreesVisits], now.AddDays(90), new CaseActor(incident.Reporter.AadObjectId, "Children's services"), now, incident.Id);
        await _flow.Get<IHazardFlagStore>().AddAsync(flag, CancellationToken.None);
        return (incident, flag);
    }
}
