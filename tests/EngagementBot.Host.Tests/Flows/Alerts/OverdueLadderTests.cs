using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;
using EngagementBot.Host.Tests.Flows.Approvals;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Alerts;

/// <summary>An overdue alert worked up the ladder by the durable step timers, on a clock the test moves.</summary>
public sealed class OverdueLadderTests : IAsyncLifetime
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);
    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await AlertFlowHost.StartAsync(MondayMorning);

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task RaiseOverdue_NobodyActs_EachRungAtItsTimeAndNotBefore_ThenEveryoneAgain()
    {
        var alert = await _flow.RaiseOverdueAsync();

        var managerChat = await _flow.CardPostedToAsync(alert.Id, Manager);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 1, "the manager was mailed");
        await Eventually.TrueAsync(() => _flow.FeedNoticesTo(Manager).Count == 1, "the manager's feed was told");
        var feed = _flow.FeedNoticesTo(Manager).Single().Body!;
        Assert.Equal("overdueVisitAlert", feed["activityType"]!.GetValue<string>());
        Assert.True(_flow.MailsTo("alex@contoso.example")[0]["message"]!["importance"]!.GetValue<string>() is "high" or "High");

        await AssertNotYetAsync(alert.Id, Second, "sky@contoso.example");
        _flow.Advance(TimeSpan.FromSeconds(1));
        await _flow.CardPostedToAsync(alert.Id, Second);
        await Eventually.TrueAsync(() => _flow.MailsTo("sky@contoso.example").Count == 1, "the second contact was mailed");

        await AssertNotYetAsync(alert.Id, OutOfHours, "olu@contoso.example");
        _flow.Advance(TimeSpan.FromSeconds(1));
        await _flow.CardPostedToAsync(alert.Id, OutOfHours);

        _flow.Advance(AcknowledgeWithin - TimeSpan.FromSeconds(1));
        await Task.Delay(Settle);
        Assert.Empty(_flow.ChannelThreads());
        _flow.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => _flow.ChannelThreads().Count == 1, "the team channel was told");

        _flow.Advance(AcknowledgeWithin);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 2 && _flow.MailsTo("olu@contoso.example").Count == 2, "everyone was mailed again");
        await Eventually.TrueAsync(() => _flow.TextsIn(managerChat).Any(t => t.StartsWith("Still nobody has said", StringComparison.Ordinal)), "the manager was reminded in their chat");
        var channelThread = await _flow.CardPostedToAsync(alert.Id, Channel);
        await Eventually.TrueAsync(() => _flow.TextsIn(channelThread).Count == 1, "the channel thread was reminded");
        Assert.Single(_flow.ChannelThreads());

        var events = await _flow.Alerts.EventsAsync(alert.Id, CancellationToken.None);
        Assert.Equal(
            [AlertEventKinds.Raised, AlertEventKinds.Escalated, AlertEventKinds.Escalated, AlertEventKinds.Escalated, AlertEventKinds.Repeated],
            events.Select(e => e.Kind));
        Assert.Equal("overdue;step=0;told=line-manager:1", events[0].Detail);
        Assert.Equal("step=3;told=team-channel:1", events[3].Detail);
        Assert.Equal("step=4;told=line-manager:1,second-contact:1,out-of-hours:1,team-channel:1", events[4].Detail);
        Assert.All(events, e => Assert.DoesNotContain("Sam", e.Detail ?? string.Empty, StringComparison.Ordinal));

        // A repeat goes out once: more time inside the same step sends nothing new.
        _flow.Advance(AcknowledgeWithin - TimeSpan.FromSeconds(1));
        await Task.Delay(Settle);
        Assert.Equal(2, _flow.MailsTo("alex@contoso.example").Count);
    }

    [Fact]
    public async Task ImHandlingThis_StopsTheLadder_EveryCopyUpdatedAndTheWorkerTold()
    {
        var alert = await _flow.RaiseOverdueAsync();
        var managerChat = await _flow.CardPostedToAsync(alert.Id, Manager);
        _flow.Advance(AcknowledgeWithin);
        await _flow.CardPostedToAsync(alert.Id, Second);

        var response = await _flow.InvokeAsync("alert-handle", alert.Id, Manager, ManagerName, managerChat);

        var card = response["value"]!;
        Assert.Contains($"Handled by {ManagerName} at {{{{DATE(2026-03-02T10:05:00Z, SHORT)}}}} {{{{TIME(2026-03-02T10:05:00Z)}}}}", TextOf(card), StringComparison.Ordinal);
        Assert.Empty(card["actions"]!.AsArray());
        var stored = (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!;
        Assert.Equal(AlertState.Handled, stored.State);
        Assert.Equal(Manager, stored.HandledBy);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 2, "both copies were updated");
        Assert.All(_flow.CardUpdates(), u => Assert.Contains($"Handled by {ManagerName}", TextOf(u.Card), StringComparison.Ordinal));
        await Eventually.TrueAsync(
            () => _flow.TextsIn(WorkerChat).Any(t => t.StartsWith($"{ManagerName} is handling your alert", StringComparison.Ordinal)), "the worker was told who");

        _flow.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(Settle);
        Assert.False(await _flow.HasCardAsync(alert.Id, OutOfHours));
        Assert.Empty(_flow.ChannelThreads());
        Assert.Empty(_flow.MailsTo("olu@contoso.example"));
        Assert.Equal(AlertEventKinds.Handled, (await _flow.Alerts.EventsAsync(alert.Id, CancellationToken.None))[^1].Kind);
    }

    [Fact]
    public async Task ImHandlingThis_TwoPressesAtOnce_ExactlyOneOwnerAndTheOtherHearsWho()
    {
        var alert = await _flow.RaiseOverdueAsync();
        var managerChat = await _flow.CardPostedToAsync(alert.Id, Manager);
        _flow.Advance(AcknowledgeWithin);
        var secondChat = await _flow.CardPostedToAsync(alert.Id, Second);

        var responses = await Task.WhenAll(
            Task.Run(() => _flow.InvokeAsync("alert-handle", alert.Id, Manager, ManagerName, managerChat)),
            Task.Run(() => _flow.InvokeAsync("alert-handle", alert.Id, Second, SecondName, secondChat)));

        var stored = (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!;
        var winner = stored.HandledBy == Manager ? ManagerName : SecondName;
        var texts = responses.Select(r => TextOf(r["value"])).ToList();
        Assert.Single(texts, t => t.Contains("Thank you — it's yours", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains($"Already being handled by {winner}.", StringComparison.Ordinal));
        Assert.Single(await _flow.Alerts.EventsAsync(alert.Id, CancellationToken.None), e => e.Kind == AlertEventKinds.Handled);
    }

    [Fact]
    public async Task ImHandlingThis_SomeoneNotTold_RefusedWithoutTheDetails()
    {
        var alert = await _flow.RaiseOverdueAsync();
        await _flow.CardPostedToAsync(alert.Id, Manager);

        var stranger = await _flow.InvokeAsync("alert-handle", alert.Id, Stranger, "Pat Stranger", "a:stranger-chat");
        var notYetTold = await _flow.InvokeAsync("alert-handle", alert.Id, OutOfHours, OutOfHoursName, "a:duty-chat");
        var worker = await _flow.InvokeAsync("alert-handle", alert.Id, Worker, WorkerName, WorkerChat);

        foreach (var response in new[] { stranger, notYetTold, worker })
        {
            var card = TextOf(response["value"]);
            Assert.Contains("Only the people this alert went to can take it on.", card, StringComparison.Ordinal);
            Assert.DoesNotContain(Location, card, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, card, StringComparison.Ordinal);
        }

        Assert.Equal(AlertState.Raised, (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ImHandlingThis_SubmitFallback_TakesItAndAnswersInTheChat()
    {
        var alert = await _flow.RaiseOverdueAsync();
        var managerChat = await _flow.CardPostedToAsync(alert.Id, Manager);

        await _flow.SubmitAsync(new() { ["command"] = "alert-handle", ["alertId"] = alert.Id.ToString("D") }, Manager, ManagerName, managerChat);

        await Eventually.TrueAsync(() => _flow.TextsIn(managerChat).Any(t => t.StartsWith("Thank you — it's yours", StringComparison.Ordinal)), "the manager was answered");
        Assert.Equal(AlertState.Handled, (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!.State);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 1, "the manager's copy was updated");
    }

    [Fact]
    public async Task StandDown_WorkerChecksInFirst_CopiesSaySoAndTheLadderStops()
    {
        var alert = await _flow.RaiseOverdueAsync();
        await _flow.CardPostedToAsync(alert.Id, Manager);
        _flow.Advance(TimeSpan.FromMinutes(2));

        await _flow.Service<Host.Flows.LoneWorker.ISafetyAlerts>().StandDownAsync(alert.Id, CancellationToken.None);

        Assert.Equal(AlertState.StoodDown, (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!.State);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 1, "the manager's copy was updated");
        Assert.Contains($"{WorkerName} checked in at", TextOf(_flow.CardUpdates()[0].Card), StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 2, "the manager was mailed to stand down");
        _flow.Advance(AcknowledgeWithin * 3);
        await Task.Delay(Settle);
        Assert.False(await _flow.HasCardAsync(alert.Id, Second));
    }

    [Fact]
    public async Task RaiseOverdue_CalledTwice_OneAlertAndNothingSentTwice()
    {
        var first = await _flow.RaiseOverdueAsync();
        await _flow.CardPostedToAsync(first.Id, Manager);
        var session = (await _flow.Service<Domain.Sessions.ISessionStore>().FindAsync(first.SourceId!.Value, CancellationToken.None))!;

        var second = await _flow.Service<Host.Flows.LoneWorker.ISafetyAlerts>().RaiseOverdueAsync(session, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        await Task.Delay(Settle);
        Assert.Single(_flow.MailsTo("alex@contoso.example"));
        Assert.Single(await _flow.Alerts.EventsAsync(first.Id, CancellationToken.None));
    }

    [Fact]
    public async Task StepTimer_DeliveredTwiceOrAfterItWasTaken_ChangesNothing()
    {
        var alert = await _flow.RaiseOverdueAsync();
        var managerChat = await _flow.CardPostedToAsync(alert.Id, Manager);
        _flow.Advance(AcknowledgeWithin);
        await _flow.CardPostedToAsync(alert.Id, Second);
        await Eventually.TrueAsync(() => _flow.MailsTo("sky@contoso.example").Count == 1, "the second contact was mailed");
        var timer = _flow.Service<IEnumerable<IOutboxSender>>().Single(s => s.Kind == "alert.step");

        await timer.SendAsync(StepDue(alert.Id, 0), CancellationToken.None);
        await _flow.InvokeAsync("alert-handle", alert.Id, Manager, ManagerName, managerChat);
        await timer.SendAsync(StepDue(alert.Id, 1), CancellationToken.None);

        await Task.Delay(Settle);
        var stored = (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!;
        Assert.Equal(1, stored.Step);
        Assert.Equal(AlertState.Handled, stored.State);
        Assert.Single(_flow.MailsTo("sky@contoso.example"));
        Assert.False(await _flow.HasCardAsync(alert.Id, OutOfHours));
        Assert.Equal(3, (await _flow.Alerts.EventsAsync(alert.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RaiseOverdue_NobodyCanBeTold_TheWorkerIsToldToPhoneAndNothingPretends()
    {
        const string loner = "aad-loner";
        var hello = TestSupport.TestActivities.Message("hi", _flow.Bot.ServiceUrl, conversationId: "a:loner-chat");
        hello["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "29:loner", ["name"] = "Lee Loner", ["aadObjectId"] = loner };
        using (var answered = await _flow.Bot.PostAsync(hello, _flow.Bot.ValidToken()))
        {
            answered.EnsureSuccessStatusCode();
        }

        var now = _flow.Clock.GetUtcNow();
        var session = Domain.Sessions.VisitSession.Start(
            Guid.NewGuid(), null, CaseReference, "default",
            new Domain.Sessions.SessionWorker(loner, "29:loner", new Domain.Approvals.ConversationRef("msteams", "a:loner-chat"), "Lee Loner"),
            new Domain.Sessions.Whereabouts("home", Location, Phone), now - TimeSpan.FromHours(2), now - TimeSpan.FromMinutes(10), now - TimeSpan.FromHours(3));

        var alert = await _flow.Service<Host.Flows.LoneWorker.ISafetyAlerts>().RaiseOverdueAsync(session, CancellationToken.None);

        Assert.Empty(alert.Ladder);
        await Eventually.TrueAsync(
            () => _flow.TextsIn("a:loner-chat").Any(t => t.Contains("nobody is set up to receive your alerts, so I couldn't tell anyone", StringComparison.Ordinal)),
            "the worker was told plainly to phone");
        _flow.Advance(AcknowledgeWithin * 2);
        await Task.Delay(Settle);
        Assert.Empty(_flow.Graph.CallsTo(Testing.Fakes.GraphRoute.SendMail));
        Assert.DoesNotContain(_flow.Connector.Calls, c => c.Path == "/v3/conversations");
    }

    private static OutboxMessage StepDue(Guid alertId, int step) =>
        new(Guid.NewGuid(), "alert.step", $$"""{"alertId":"{{alertId:D}}","step":{{step}}}""", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, OutboxStatus.Pending, null, null);

    private async Task AssertNotYetAsync(Guid alertId, string who, string mail)
    {
        _flow.Advance(AcknowledgeWithin - TimeSpan.FromSeconds(1));
        await Task.Delay(Settle);
        Assert.False(await _flow.HasCardAsync(alertId, who), $"{who} was told before their time");
        Assert.Empty(_flow.MailsTo(mail));
    }
}
