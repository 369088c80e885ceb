using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Flows.Incidents;
using EngagementBot.Host.Tests.Flows.Alerts;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>
/// Incidents on the alert flow's host (<see cref="AlertFlowHost"/>: a manager, second contact, duty contact
/// and team channel, on a clock the test moves): stores an incident reported by the worker, with free text
/// that must never reach a channel, and hands it to the escalation as a submit would.
/// </summary>
internal static class IncidentAlertHost
{
    public const string Place = "Flat 4, 12 Acacia Avenue";
    public const string Story = "Mr Dunmore said he would kill me if I came back";
    public const string Seemed = "Jamie looked frightened and had a bruise";
    public const string CrimeReference = "CR/2026/0042";

    public static async Task<Incident> ReportAsync(this AlertFlowHost flow, string caseReference = "SC-0017-3")
    {
        await flow.SayAsync("hi");
        var now = flow.Clock.GetUtcNow();
        var incident = new Incident(
            Guid.NewGuid(), caseReference, "North", "cwm-taf-children",
            new IncidentReporter(Worker, TestSupport.TestActivities.UserId, WorkerName, new ConversationRef("msteams", WorkerChat)),
            now.AddHours(-20), "home", Place, ["shouting", "threats-to-kill"], null, Story, true, true, Seemed, true, true, CrimeReference, now);
        Assert.True(await flow.Service<IIncidentStore>().AddAsync(incident, CancellationToken.None));
        var flag = HazardFlag.Raise(
            Guid.NewGuid(), incident.CaseReference, HazardKind.Threats, HazardSeverity.Critical, [HazardAdvice.JointVisitsOnly], now.AddDays(90),
            new CaseActor(Worker, "Children's services"), now, incident.Id);
        await flow.Service<IIncidentEscalation>().NotifyManagerAsync(incident, flag, CancellationToken.None);
        return incident;
    }

    public static Guid AlertIdOf(Incident incident) => IncidentAlertEscalation.AlertId(incident.Id);
}
