using System.Text.Json.Nodes;
using EngagementBot.Domain.Alerts;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Emergency;

/// <summary>The duress word with no SOS in progress: a silent alarm to everyone, and the very reply a "cancel" gets.</summary>
public sealed class DuressWordTests : IAsyncLifetime
{
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
    public async Task DuressWord_NothingRunning_RepliesExactlyAsCancelAndSilentlyAlertsEveryone()
    {
        var cancel = await SayAndWaitAsync("cancel");
        Assert.Empty(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));

        var duress = await SayAndWaitAsync(DuressWord);

        Assert.Equal(Shape(cancel), Shape(duress));
        var alert = Assert.Single(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));
        Assert.Equal((AlertKind.Duress, AlertState.Raised, true), (alert.Kind, alert.State, alert.Silent));
        Assert.Equal(CaseReference, alert.CaseReference);
        foreach (var who in new[] { Manager, Second, OutOfHours, Channel })
        {
            await _flow.CardPostedToAsync(alert.Id, who);
        }

        var managerCard = TextOf(_flow.SentInto(await _flow.CardPostedToAsync(alert.Id, Manager)).First(b => b["attachments"] is not null));
        Assert.Contains($"Duress: {WorkerName} may be in danger", managerCard, StringComparison.Ordinal);
        Assert.Contains(Location, managerCard, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => _flow.MailsTo("alex@contoso.example").Count == 1, "the manager was mailed");
        var seen = _flow.SentInto(WorkerChat).Count;
        await _flow.InvokeAsync("alert-handle", alert.Id, Manager, ManagerName, await _flow.CardPostedToAsync(alert.Id, Manager));
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 4, "every copy shows who is handling it");
        await Task.Delay(Settle);
        Assert.Equal(seen, _flow.SentInto(WorkerChat).Count);
    }

    [Fact]
    public async Task DuressWord_SaidTwice_OneAlarmOnly()
    {
        var first = await SayAndWaitAsync(DuressWord);
        var second = await SayAndWaitAsync($"ok {DuressWord} thanks");

        Assert.Equal(Shape(first), Shape(second));
        Assert.Single(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));
    }

    [Fact]
    public async Task DuressWord_InTheMiddleOfADialog_StopsItJustAsCancelWould()
    {
        await SayAndWaitAsync("report an incident");
        var cancel = await SayAndWaitAsync("cancel");
        await SayAndWaitAsync("report an incident");

        var duress = await SayAndWaitAsync(DuressWord);

        Assert.Equal(Shape(cancel), Shape(duress));
        Assert.StartsWith("OK — I've stopped", cancel["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(AlertKind.Duress, Assert.Single(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None)).Kind);
    }

    /// <summary>The worker says <paramref name="text"/>; returns the one message the bot answered with.</summary>
    private async Task<JsonNode> SayAndWaitAsync(string text)
    {
        var before = _flow.SentInto(WorkerChat).Count;
        await _flow.SayAsync(text);
        await Eventually.TrueAsync(() => _flow.SentInto(WorkerChat).Count >= before + 1, $"the bot answered \"{text}\"");
        await Task.Delay(Settle);
        return Assert.Single(_flow.SentInto(WorkerChat).Skip(before));
    }

    // What the worker could see: the text and any card, nothing else.
    private static string Shape(JsonNode message) => $"{message["text"]}|{message["attachments"]?.ToJsonString()}";
}
