using System.Text.Json.Nodes;
using EngagementBot.Domain.Alerts;
using EngagementBot.Host.Emergency;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Testing.Fakes;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Emergency;

/// <summary>"I need help": a 5-second cancel window, then the whole ladder at once; cancel tells nobody; the duress word looks like a cancel.</summary>
public sealed class SosTests : IAsyncLifetime
{
    private const string CancelledReply = "Alarm cancelled — nobody was alerted.";
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);

    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync()
    {
        _flow = await AlertFlowHost.StartAsync(MondayMorning);
        await _flow.SayAsync("hi");
        await _flow.StartSessionAsync(TimeSpan.FromHours(1));
    }

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Sos_FiresAfterTheWindowAndNotBefore_TheWholeLadderAtOnce()
    {
        var replies = await SayAndWaitAsync("I need help", 2);

        Assert.Equal(EmergencyResponder.Advice, replies[0]["text"]!.GetValue<string>());
        var card = replies[1]["attachments"]![0]!["content"]!;
        Assert.Contains(
            "Sending an alert to your line manager, your team's second contact, the out-of-hours duty contact and your team's channel in 5 seconds.",
            TextOf(card), StringComparison.Ordinal);
        var cancel = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Cancel", cancel["title"]!.GetValue<string>());
        Assert.Equal("cancel", cancel["data"]!["command"]!.GetValue<string>());
        var alertId = Guid.Parse(cancel["data"]!["alertId"]!.GetValue<string>());

        _flow.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(Settle);
        AssertNobodyTold();
        Assert.Equal(AlertState.Arming, (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!.State);

        _flow.Advance(TimeSpan.FromSeconds(0.1));
        foreach (var who in new[] { Manager, Second, OutOfHours, Channel })
        {
            await _flow.CardPostedToAsync(alertId, who);
        }

        await Eventually.TrueAsync(
            () => new[] { "alex@contoso.example", "sky@contoso.example", "olu@contoso.example" }.All(a => _flow.MailsTo(a).Count == 1), "everyone was mailed");
        await Eventually.TrueAsync(
            () => _flow.TextsIn(WorkerChat).Contains("I've alerted your line manager, your team's second contact, the out-of-hours duty contact and your team's channel. If you are in danger, call 999 now."),
            "the worker heard who was alerted");
        var managerCard = TextOf(_flow.SentInto(await _flow.CardPostedToAsync(alertId, Manager)).First(b => b["attachments"] is not null));
        Assert.Contains($"SOS: {WorkerName} needs help now", managerCard, StringComparison.Ordinal);
        Assert.Contains(Location, managerCard, StringComparison.Ordinal);
        Assert.Contains(Phone, managerCard, StringComparison.Ordinal);
        Assert.Contains(CaseReference, managerCard, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _flow.FeedNoticesTo(Manager).Count == 1, "the manager's feed was told");
        Assert.Equal("helpRequested", _flow.FeedNoticesTo(Manager)[0].Body!["activityType"]!.GetValue<string>());
        var events = await _flow.Alerts.EventsAsync(alertId, CancellationToken.None);
        Assert.Equal([AlertEventKinds.Armed, AlertEventKinds.Raised], events.Select(e => e.Kind));
        Assert.Equal("sos;step=3;told=line-manager:1,second-contact:1,out-of-hours:1,team-channel:1", events[1].Detail);
    }

    [Fact]
    public async Task Cancel_TypedInTheWindow_NobodyIsToldEver()
    {
        await SayAndWaitAsync("I need help", 2);

        var reply = await SayAndWaitAsync("cancel", 1);

        Assert.Equal(CancelledReply, reply[0]["text"]!.GetValue<string>());
        await AssertCancelledAndSilentAsync();
    }

    [Fact]
    public async Task Cancel_TheCardButton_NobodyIsToldEver()
    {
        var arming = await SayAndWaitAsync("I need help", 2);
        var data = arming[1]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!.DeepClone().AsObject();
        var before = _flow.SentInto(WorkerChat).Count;

        await _flow.SubmitAsync(data, Worker, WorkerName, WorkerChat);

        await Eventually.TrueAsync(() => _flow.SentInto(WorkerChat).Count == before + 1, "the worker was answered");
        Assert.Equal(CancelledReply, _flow.SentInto(WorkerChat)[^1]["text"]!.GetValue<string>());
        await AssertCancelledAndSilentAsync();
    }

    [Fact]
    public async Task DuressWord_LooksExactlyLikeACancel_YetEveryoneIsToldAndTheWorkerHearsNothingMore()
    {
        await SayAndWaitAsync("I need help", 2);
        var realCancel = (await SayAndWaitAsync("cancel", 1))[0];
        var realAfter = (await SayAndWaitAsync("cancel", 1))[^1];
        var arming = await SayAndWaitAsync("I need help", 2);
        var alertId = Guid.Parse(arming[1]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["alertId"]!.GetValue<string>());

        var duress = (await SayAndWaitAsync(DuressWord, 1))[0];
        var duressAfter = (await SayAndWaitAsync("cancel", 1))[^1];

        Assert.Equal(Shape(realCancel), Shape(duress));
        Assert.Equal(CancelledReply, duress["text"]!.GetValue<string>());
        Assert.Equal(Shape(realAfter), Shape(duressAfter));
        var alert = (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!;
        Assert.Equal(AlertKind.Duress, alert.Kind);
        Assert.True(alert.Silent);
        foreach (var who in new[] { Manager, Second, OutOfHours, Channel })
        {
            await _flow.CardPostedToAsync(alertId, who);
        }

        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 1, "the manager was mailed");
        var managerChat = await _flow.CardPostedToAsync(alertId, Manager);
        Assert.Contains($"Duress: {WorkerName} may be in danger", TextOf(_flow.SentInto(managerChat).First(b => b["attachments"] is not null)), StringComparison.Ordinal);
        var workerSaw = _flow.SentInto(WorkerChat).Count;

        _flow.Advance(AcknowledgeWithin);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 2, "everyone was asked again");
        await _flow.InvokeAsync("alert-handle", alertId, Manager, ManagerName, managerChat);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 4, "every copy shows who is handling it");
        await Task.Delay(Settle);

        Assert.Equal(workerSaw, _flow.SentInto(WorkerChat).Count);
        Assert.Equal(AlertState.Handled, (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Cancel_AfterTheWindow_SaysItHasGoneAndWhatToDo()
    {
        var arming = await SayAndWaitAsync("I need help", 2);
        var alertId = Guid.Parse(arming[1]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["alertId"]!.GetValue<string>());
        _flow.Advance(TimeSpan.FromSeconds(5));
        await _flow.CardPostedToAsync(alertId, Manager);
        await Eventually.TrueAsync(
            () => _flow.SentInto(WorkerChat).Any(m => (m["text"]?.GetValue<string>() ?? "").StartsWith("I've alerted", StringComparison.Ordinal)),
            "the worker was told who was alerted");

        var typed = await SayAndWaitAsync("cancel", 1);

        Assert.StartsWith("It's too late to cancel: the alert has already gone to your line manager", typed[0]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("phone your manager now", typed[0]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(AlertState.Raised, (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!.State);

        await _flow.InvokeAsync("alert-handle", alertId, Manager, ManagerName, await _flow.CardPostedToAsync(alertId, Manager));
        var pressed = arming[1]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!.DeepClone().AsObject();
        var before = _flow.SentInto(WorkerChat).Count;
        await _flow.SubmitAsync(pressed, Worker, WorkerName, WorkerChat);
        await Eventually.TrueAsync(
            () => _flow.SentInto(WorkerChat).Skip(before).Any(b => b["text"]?.GetValue<string>() is { } t && t.StartsWith($"It's too late to cancel: {ManagerName} is already handling your alert", StringComparison.Ordinal)),
            "the worker heard who is handling it");
    }

    [Fact]
    public async Task Sos_PressedAgainInTheWindow_OneAlertOnly()
    {
        await SayAndWaitAsync("I need help", 2);

        var again = await SayAndWaitAsync("SOS", 2);

        Assert.StartsWith("I'm already sending an alert to", again[1]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));
    }

    private async Task AssertCancelledAndSilentAsync()
    {
        var seen = _flow.SentInto(WorkerChat).Count;
        _flow.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(Settle);
        AssertNobodyTold();
        Assert.Equal(seen, _flow.SentInto(WorkerChat).Count);
        Assert.Empty(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));
        var events = await _flow.Alerts.EventsAsync(OnlyAlertId(), CancellationToken.None);
        Assert.Equal([AlertEventKinds.Armed, AlertEventKinds.Cancelled], events.Select(e => e.Kind));
    }

    private Guid OnlyAlertId() =>
        Guid.Parse(_flow.SentInto(WorkerChat).Last(b => b["attachments"] is not null)["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["alertId"]!.GetValue<string>());

    private void AssertNobodyTold()
    {
        Assert.Empty(_flow.Graph.CallsTo(GraphRoute.SendMail));
        Assert.Empty(_flow.Graph.CallsTo(GraphRoute.SendActivityNotification));
        Assert.DoesNotContain(_flow.Connector.Calls, c => c.Path == "/v3/conversations");
        Assert.All(_flow.Connector.Calls.Where(c => c.Method == "POST"), c => Assert.Contains(Uri.EscapeDataString(WorkerChat), c.Path, StringComparison.Ordinal));
    }

    /// <summary>The worker says <paramref name="text"/>; returns the <paramref name="count"/> messages the bot answered with.</summary>
    private async Task<List<JsonNode>> SayAndWaitAsync(string text, int count)
    {
        var before = _flow.SentInto(WorkerChat).Count;
        await _flow.SayAsync(text);
        await Eventually.TrueAsync(() => _flow.SentInto(WorkerChat).Count >= before + count, $"the bot answered \"{text}\"");
        return [.. _flow.SentInto(WorkerChat).Skip(before)];
    }

    // What the worker could see: the text and any card, nothing else (ids and timestamps differ by nature).
    private static string Shape(JsonNode message) => $"{message["text"]}|{message["attachments"]?.ToJsonString()}";
}
