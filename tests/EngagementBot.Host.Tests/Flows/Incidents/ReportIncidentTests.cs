using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Emergency;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>The incident report through the real pipeline, storage, outbox and fakes.</summary>
public sealed class ReportIncidentTests : IAsyncLifetime
{
    private const string CaseReference = "SC-0017-3";

    // Free text a practitioner might type; none of it may ever reach a channel.
    private const string Place = "Flat 4, 12 Acacia Avenue";
    private const string Else = "Spat at the window of my car";
    private const string Seemed = "Jamie looked frightened and had a bruise";
    private const string Story = "Mr Dunmore said he would kill me if I came back";

    private IncidentFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await IncidentFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Report_ThreatToKillPoliceNotTold_RecordsFlagsAlertsTheChannelAndTellsTheManager()
    {
        Assert.Contains(await _flow.MentionAsync("alerts on area=North"), r => r.Contains("whenever an incident is reported", StringComparison.Ordinal));

        Assert.Contains(await _flow.SayAsync("report an incident"), r => r.Contains("are you safe now?", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("yes"), r => r.Contains("It wasn't your fault", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync(CaseReference), r => r.Contains("Which area", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("north"), r => r.Contains("When did it happen?", StringComparison.Ordinal));
        await _flow.SayAsync("yesterday 2pm");
        await _flow.SayAsync("home");
        Assert.Contains(await _flow.SayAsync(Place), r => r.Contains("\"isMultiSelect\":true", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("threats to kill and shouting"), r => r.Contains("Got it: Shouting and Threats to kill.", StringComparison.Ordinal));
        await _flow.SayAsync(Else);
        await _flow.SayAsync("no");
        Assert.Contains(await _flow.SayAsync("yes"), r => r.Contains("How did they seem?", StringComparison.Ordinal));
        var police = await _flow.SayAsync(Seemed);
        Assert.Contains(police, r => r.Contains("Threats to kill must always be reported to the police", StringComparison.Ordinal));
        Assert.Contains(police, r => r.Contains("Have the police been told?", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("no"), r => r.Contains("Please report it to the police today", StringComparison.Ordinal));
        var done = await _flow.SayAsync(Story);

        Assert.Contains(done, r => r.Contains("was not your fault", StringComparison.Ordinal));
        Assert.Contains(done, r => r.Contains("Staff counselling: 0800 000 0000", StringComparison.Ordinal));
        var incident = Assert.Single(await _flow.Get<IIncidentStore>().ForCaseAsync(CaseReference, CancellationToken.None));
        Assert.Equal(["shouting", "threats-to-kill"], incident.Behaviours);
        Assert.Equal(("North", true, false, Story, Seemed, Place, Else), (incident.Area, incident.PoliceMustBeTold, incident.PoliceTold, incident.Narrative, incident.AtRiskSeemed, incident.Location, incident.OtherBehaviour));
        Assert.Equal(TestSupport.TestActivities.UserAadObjectId, incident.Reporter.AadObjectId);
        var flag = Assert.Single(await _flow.Get<IHazardFlagStore>().ActiveForCaseAsync(CaseReference, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal((HazardKind.Threats, HazardSeverity.Critical, incident.Id), (flag.Kind, flag.Severity, flag.SourceIncidentId));
        Assert.Equal([HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit], flag.Advice);

        await IncidentFlowHost.WaitAsync(() => _flow.ChannelThreads().Count == 1, "a risk alert thread was opened in the channel");
        var thread = _flow.ChannelThreads()[0];
        Assert.Equal(IncidentFlowHost.TeamsChannel, thread["channelData"]!["channel"]!["id"]!.GetValue<string>());
        var sent = thread.ToJsonString();
        Assert.Contains(CaseReference, sent, StringComparison.Ordinal);
        Assert.Contains("Joint visits only", sent, StringComparison.Ordinal);
        foreach (var secret in new[] { Place, "Acacia", Else, Seemed, "Jamie", Story, "Dunmore", "Test User", "Sam Worker" })
        {
            Assert.DoesNotContain(secret, sent, StringComparison.OrdinalIgnoreCase);
        }

        await IncidentFlowHost.WaitAsync(() => _flow.Graph.CallsTo(GraphRoute.SendMail).Count == 1, "the line manager was mailed");
        var mail = _flow.Graph.CallsTo(GraphRoute.SendMail)[0].Body!.ToJsonString();
        Assert.Contains("Police: NOT told yet", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Dunmore", mail, StringComparison.Ordinal);
        await IncidentFlowHost.WaitAsync(() => _flow.CountPending() == 2, "only the debrief follow-up and the acknowledgement ladder's next-step timers are still pending");
    }

    [Fact]
    public async Task Report_NotSafe_EmergencyPathFirstThenWaitsUntilSafe()
    {
        await _flow.SayAsync("report an incident");

        var alarm = await _flow.SayAsync("no");

        Assert.Equal(EmergencyResponder.Advice, alarm[0]);
        Assert.Contains(alarm, r => r.Contains("When you're somewhere safe", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("no"), r => r.Contains("When you're somewhere safe", StringComparison.Ordinal));
        var safe = await _flow.SayAsync("yes");
        Assert.Contains(safe, r => r.Contains("It wasn't your fault", StringComparison.Ordinal));
        Assert.Contains(safe, r => r.Contains("case reference", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_FromTheMenuCardButton_StartsTheReport()
    {
        var before = _flow.Connector.Calls.Count;
        var activity = TestSupport.TestActivities.Message("", _flow.Bot.ServiceUrl, conversationId: IncidentFlowHost.PersonalChat);
        activity["text"] = null;
        activity["value"] = new System.Text.Json.Nodes.JsonObject { ["command"] = "incident" };
        using var response = await _flow.Bot.PostAsync(activity, _flow.Bot.ValidToken());
        response.EnsureSuccessStatusCode();

        Assert.Contains(_flow.Connector.Calls.Skip(before), c => c.Body?.ToJsonString().Contains("are you safe now?", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Report_UnknownBehaviourWord_RepromptsAndKeepsAsking()
    {
        await _flow.SayAsync("report an incident");
        await _flow.SayAsync("yes");
        await _flow.SayAsync(CaseReference);
        await _flow.SayAsync("South");
        await _flow.SayAsync("yesterday 2pm");
        await _flow.SayAsync("phone");
        await _flow.SayAsync("skip");

        var again = await _flow.SayAsync("juggling");

        Assert.Contains(again, r => r.StartsWith("I didn't recognise \"juggling\".", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("swearing"), r => r.Contains("isn't on that list", StringComparison.Ordinal));
    }
}
