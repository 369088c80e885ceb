using System.Text.Json.Nodes;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Flows.Alerts;
using EngagementBot.Host.Flows.Incidents;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>An incident's acknowledgement worked up the alert ladder: the card, decisions, ownership, next rungs, never a channel.</summary>
public sealed class IncidentAcknowledgementTests : IAsyncLifetime
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);
    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await AlertFlowHost.StartAsync(MondayMorning);

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task NotifyManager_Submitted_ManagerGetsThePersonCardWithDecisionsFeedAndMail()
    {
        var incident = await _flow.ReportAsync();
        var alertId = IncidentAlertHost.AlertIdOf(incident);

        var managerChat = await _flow.CardPostedToAsync(alertId, Manager);

        var card = _flow.SentInto(managerChat).First(b => b["attachments"] is not null)["attachments"]![0]!["content"]!;
        var text = TextOf(card);
        Assert.Contains($"Incident: {WorkerName} reported an incident", text, StringComparison.Ordinal);
        Assert.Contains(incident.CaseReference, text, StringComparison.Ordinal);
        Assert.Contains("Shouting, Threats to kill (more in their own words in the record)", text, StringComparison.Ordinal);
        Assert.Contains($"Told (crime reference {IncidentAlertHost.CrimeReference})", text, StringComparison.Ordinal);
        Assert.Contains("{{DATE(2026-03-01T14:00:00Z, SHORT)}}", text, StringComparison.Ordinal);
        foreach (var secret in new[] { IncidentAlertHost.Place, IncidentAlertHost.Story, IncidentAlertHost.Seemed })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var action = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(("Acknowledge", "alert-handle"), (action["title"]!.GetValue<string>(), action["verb"]!.GetValue<string>()));
        var decisions = card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "decisions")!;
        Assert.Equal(IncidentDecisions.All.Select(d => d.Id), decisions["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Contains(card["body"]!.AsArray(), e => e!["id"]?.GetValue<string>() == "note");
        await Eventually.TrueAsync(() => _flow.FeedNoticesTo(Manager).Count == 1, "the manager's feed was told");
        var feed = _flow.FeedNoticesTo(Manager)[0].Body!;
        Assert.Equal("incidentReported", feed["activityType"]!.GetValue<string>());
        Assert.Contains(feed["templateParameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "worker" && p["value"]!.GetValue<string>() == WorkerName);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 1, "the manager was mailed");
        Assert.Contains("Please acknowledge", _flow.MailsTo("alex@contoso.example")[0].ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("incident;step=0;told=line-manager:1", (await _flow.Alerts.EventsAsync(alertId, CancellationToken.None))[0].Detail);
    }

    [Fact]
    public async Task Acknowledge_WithDecisionsAndNote_RecordedAttributablyEveryCopyUpdatedAndTheWorkerTold()
    {
        var incident = await _flow.ReportAsync();
        var alertId = IncidentAlertHost.AlertIdOf(incident);
        var managerChat = await _flow.CardPostedToAsync(alertId, Manager);
        _flow.Advance(AcknowledgeWithin);
        await _flow.CardPostedToAsync(alertId, Second);

        var response = await _flow.InvokeAsync("alert-handle", Press(alertId, "case-transfer,joint-visits-only,made-up", "Spoke to Sam; transfer to the East team."), Manager, ManagerName, managerChat);

        var expected = $"Acknowledged by {ManagerName} at {{{{DATE(2026-03-02T10:05:00Z, SHORT)}}}} {{{{TIME(2026-03-02T10:05:00Z)}}}} — decisions: Joint visits only; Case transfer";
        var card = response["value"]!;
        Assert.Contains(expected, TextOf(card), StringComparison.Ordinal);
        Assert.Empty(card["actions"]!.AsArray());
        Assert.DoesNotContain(card["body"]!.AsArray(), e => e!["id"] is not null);
        var handled = (await _flow.Alerts.EventsAsync(alertId, CancellationToken.None)).Single(e => e.Kind == AlertEventKinds.Handled);
        Assert.Equal((Manager, "via=chat;decisions=joint-visits-only,case-transfer"), (handled.ActorAadObjectId, handled.Detail));
        var record = Assert.Single(await _flow.Service<IIncidentStore>().AdditionsAsync(incident.Id, CancellationToken.None));
        Assert.Equal((Manager, "msteams|" + managerChat, new DateTimeOffset(2026, 3, 2, 10, 5, 0, TimeSpan.Zero)), (record.AddedBy, record.ConversationKey, record.AddedAt));
        Assert.Equal($"Acknowledged by {ManagerName} at 10:05 on Mon 2 Mar. Decisions: Joint visits only; Case transfer. Note: Spoke to Sam; transfer to the East team.", record.Text);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 2, "both copies were updated");
        Assert.All(_flow.CardUpdates(), u => Assert.Contains(expected, TextOf(u.Card), StringComparison.Ordinal));
        await Eventually.TrueAsync(
            () => _flow.TextsIn(WorkerChat).Contains($"{ManagerName} has seen your incident report on {incident.CaseReference} (10:05 on Mon 2 Mar). What they've decided: Joint visits only; Case transfer."),
            "the worker was told their manager has seen it and what was decided");

        _flow.Advance(AcknowledgeWithin * 3);
        await Task.Delay(Settle);
        Assert.False(await _flow.HasCardAsync(alertId, OutOfHours));
    }

    [Fact]
    public async Task Acknowledge_TwoAtOnce_ExactlyOneWinsAndOnlyItsDecisionsAreRecorded()
    {
        var incident = await _flow.ReportAsync();
        var alertId = IncidentAlertHost.AlertIdOf(incident);
        var managerChat = await _flow.CardPostedToAsync(alertId, Manager);
        _flow.Advance(AcknowledgeWithin);
        var secondChat = await _flow.CardPostedToAsync(alertId, Second);

        var responses = await Task.WhenAll(
            Task.Run(() => _flow.InvokeAsync("alert-handle", Press(alertId, "release-worker", null), Manager, ManagerName, managerChat)),
            Task.Run(() => _flow.InvokeAsync("alert-handle", Press(alertId, "police-complaint", null), Second, SecondName, secondChat)));

        var stored = (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!;
        var (winner, decision) = stored.HandledBy == Manager ? (ManagerName, "Release the worker from the case") : (SecondName, "Police complaint");
        var texts = responses.Select(r => TextOf(r["value"])).ToList();
        Assert.Single(texts, t => t.Contains("Thank you — acknowledged.", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains($"Already acknowledged by {winner}.", StringComparison.Ordinal));
        Assert.Single(await _flow.Alerts.EventsAsync(alertId, CancellationToken.None), e => e.Kind == AlertEventKinds.Handled);
        var record = Assert.Single(await _flow.Service<IIncidentStore>().AdditionsAsync(incident.Id, CancellationToken.None));
        Assert.Equal(stored.HandledBy, record.AddedBy);
        Assert.Contains($"Decisions: {decision}.", record.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_SomeoneItWasNotSentTo_RefusedWithoutTheDetailsAndNothingRecorded()
    {
        var incident = await _flow.ReportAsync();
        var alertId = IncidentAlertHost.AlertIdOf(incident);
        await _flow.CardPostedToAsync(alertId, Manager);

        var stranger = await _flow.InvokeAsync("alert-handle", Press(alertId, "case-transfer", null), Stranger, "Pat Stranger", "a:stranger-chat");
        var notYetTold = await _flow.InvokeAsync("alert-handle", Press(alertId, "case-transfer", null), OutOfHours, OutOfHoursName, "a:duty-chat");
        var reporter = await _flow.InvokeAsync("alert-handle", Press(alertId, "case-transfer", null), Worker, WorkerName, WorkerChat);

        foreach (var response in new[] { stranger, notYetTold, reporter })
        {
            var card = TextOf(response["value"]);
            Assert.Contains("Only the people this incident report went to can acknowledge it.", card, StringComparison.Ordinal);
            Assert.DoesNotContain(IncidentAlertHost.CrimeReference, card, StringComparison.Ordinal);
            Assert.DoesNotContain("Threats to kill", card, StringComparison.Ordinal);
        }

        Assert.Equal(AlertState.Raised, (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!.State);
        Assert.Empty(await _flow.Service<IIncidentStore>().AdditionsAsync(incident.Id, CancellationToken.None));
    }

    [Fact]
    public async Task NotAcknowledged_NextRungAtAcknowledgeWithinThenEveryoneAgain_NeverTheTeamChannel()
    {
        var incident = await _flow.ReportAsync();
        var alertId = IncidentAlertHost.AlertIdOf(incident);
        var managerChat = await _flow.CardPostedToAsync(alertId, Manager);

        _flow.Advance(AcknowledgeWithin - TimeSpan.FromSeconds(1));
        await Task.Delay(Settle);
        Assert.False(await _flow.HasCardAsync(alertId, Second));
        _flow.Advance(TimeSpan.FromSeconds(1));
        await _flow.CardPostedToAsync(alertId, Second);
        _flow.Advance(AcknowledgeWithin);
        await _flow.CardPostedToAsync(alertId, OutOfHours);
        _flow.Advance(AcknowledgeWithin);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 2 && _flow.MailsTo("olu@contoso.example").Count == 2, "everyone was asked again");
        await Eventually.TrueAsync(
            () => _flow.TextsIn(managerChat).Contains($"Nobody has acknowledged the incident {WorkerName} reported yet. Please press \"Acknowledge\" on the card above."),
            "the manager was reminded");

        Assert.Empty(_flow.ChannelThreads());
        var alert = (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!;
        Assert.DoesNotContain(alert.Ladder.SelectMany(r => r.Targets), t => t.Kind == AlertTargetKind.Channel);
        Assert.Equal(
            [AlertEventKinds.Raised, AlertEventKinds.Escalated, AlertEventKinds.Escalated, AlertEventKinds.Repeated],
            (await _flow.Alerts.EventsAsync(alertId, CancellationToken.None)).Select(e => e.Kind));
    }

    [Fact]
    public async Task NotifyManager_CalledAgain_NothingRaisedOrSentTwice()
    {
        var incident = await _flow.ReportAsync();
        var alertId = IncidentAlertHost.AlertIdOf(incident);
        await _flow.CardPostedToAsync(alertId, Manager);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 1, "the manager was mailed");

        var flag = Domain.Cases.HazardFlag.Raise(
            Guid.NewGuid(), incident.CaseReference, Domain.Cases.HazardKind.Threats, Domain.Cases.HazardSeverity.Critical, [], _flow.Clock.GetUtcNow().AddDays(1),
            new Domain.Cases.CaseActor(Worker, "x"), _flow.Clock.GetUtcNow(), incident.Id);
        await _flow.Service<IIncidentEscalation>().NotifyManagerAsync(incident, flag, CancellationToken.None);

        await Task.Delay(Settle);
        Assert.Single(_flow.MailsTo("alex@contoso.example"));
        Assert.Single(await _flow.Alerts.EventsAsync(alertId, CancellationToken.None));
    }

    [Fact]
    public async Task DebriefDue_GoesToWhoeverAcknowledged_ElseTheLineManager()
    {
        var acknowledged = await _flow.ReportAsync("SC-0001");
        var alertId = IncidentAlertHost.AlertIdOf(acknowledged);
        await _flow.CardPostedToAsync(alertId, Manager);
        _flow.Advance(AcknowledgeWithin);
        var secondChat = await _flow.CardPostedToAsync(alertId, Second);
        await _flow.InvokeAsync("alert-handle", Press(alertId, null, null), Second, SecondName, secondChat);
        var unacknowledged = await _flow.ReportAsync("SC-0002");
        await _flow.CardPostedToAsync(IncidentAlertHost.AlertIdOf(unacknowledged), Manager);
        var escalation = _flow.Service<IIncidentEscalation>();

        await escalation.DebriefDueAsync(acknowledged, CancellationToken.None);
        await escalation.DebriefDueAsync(unacknowledged, CancellationToken.None);
        await escalation.DebriefDueAsync(unacknowledged, CancellationToken.None);

        await Eventually.TrueAsync(() => _flow.MailsTo("sky@contoso.example").Any(m => m.ToJsonString().Contains("Debrief due: incident on case SC-0001", StringComparison.Ordinal)), "the one who acknowledged was reminded");
        Assert.Contains("You acknowledged the report.", _flow.MailsTo("sky@contoso.example").Single(m => m.ToJsonString().Contains("Debrief due", StringComparison.Ordinal)).ToJsonString(), StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Any(m => m.ToJsonString().Contains("Debrief due: incident on case SC-0002", StringComparison.Ordinal)), "the line manager was reminded");
        await Eventually.TrueAsync(() => _flow.TextsIn(secondChat).Any(t => t.StartsWith($"The debrief for the incident {WorkerName} reported on case SC-0001", StringComparison.Ordinal)), "and in their chat");
        await Task.Delay(Settle);
        Assert.Single(_flow.MailsTo("alex@contoso.example"), m => m.ToJsonString().Contains("Debrief due", StringComparison.Ordinal));
        Assert.DoesNotContain(_flow.MailsTo("alex@contoso.example"), m => m.ToJsonString().Contains("Debrief due: incident on case SC-0001", StringComparison.Ordinal));
    }

    private static JsonObject Press(Guid alertId, string? decisions, string? note)
    {
        var data = new JsonObject { ["alertId"] = alertId.ToString("D") };
        if (decisions is not null)
        {
            data["decisions"] = decisions;
        }

        if (note is not null)
        {
            data["note"] = note;
        }

        return data;
    }
}
