using System.Text.Json.Nodes;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Tests.Flows.Approvals;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Alerts;

/// <summary>What the worker hears from the alert flow: who was alerted when they went overdue, and the offer to report an incident once an alert is over.</summary>
public sealed class WorkerNoticeTests : IAsyncLifetime
{
    private const string Offer = "When you're ready, you can tell me what happened — it only takes a few minutes, and it helps keep you and your colleagues safe.";
    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await AlertFlowHost.StartAsync(MondayMorning);

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task RaiseOverdue_TheWorkerIsToldWhoWasAlertedAndHowToStandItDown_Once()
    {
        var alert = await _flow.RaiseOverdueAsync();
        await _flow.CardPostedToAsync(alert.Id, Manager);
        var session = (await _flow.Service<Domain.Sessions.ISessionStore>().FindAsync(alert.SourceId!.Value, CancellationToken.None))!;
        await _flow.Service<ISafetyAlerts>().RaiseOverdueAsync(session, CancellationToken.None);

        const string told = "I've alerted your line manager because you haven't checked in. If you're safe, say 'left safely' or press Left safely.";
        await Eventually.TrueAsync(() => _flow.TextsIn(WorkerChat).Contains(told), "the worker was told");
        await Task.Delay(300);
        Assert.Single(_flow.TextsIn(WorkerChat), t => t == told);
    }

    [Fact]
    public async Task StandDown_TheWorkerIsOfferedToReportAnIncident()
    {
        var alert = await _flow.RaiseOverdueAsync();
        await _flow.CardPostedToAsync(alert.Id, Manager);

        await _flow.Service<ISafetyAlerts>().StandDownAsync(alert.Id, CancellationToken.None);

        await OfferAsync();
    }

    [Fact]
    public async Task SosHandled_TheWorkerIsOfferedToReportAnIncident_AndTheButtonStartsTheReport()
    {
        await _flow.SayAsync("hi");
        await _flow.SayAsync("I need help");
        var alert = await Eventually.ValueAsync(async () => (await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None)) is [var armed, ..] ? armed : null, "the SOS is armed");
        _flow.Advance(TimeSpan.FromSeconds(5));
        var managerChat = await _flow.CardPostedToAsync(alert.Id, Manager);
        Assert.Empty(OfferCards());

        await _flow.InvokeAsync("alert-handle", alert.Id, Manager, ManagerName, managerChat);

        var button = await OfferAsync();
        var before = _flow.SentInto(WorkerChat).Count;
        await _flow.SubmitAsync(button["data"]!.DeepClone().AsObject(), Worker, WorkerName, WorkerChat);
        await Eventually.TrueAsync(
            () => _flow.SentInto(WorkerChat).Skip(before).Any(m => m.ToJsonString().Contains("are you safe now?", StringComparison.Ordinal)), "the incident report started");
    }

    private async Task<JsonNode> OfferAsync()
    {
        await Eventually.TrueAsync(() => OfferCards().Count == 1, "the worker was offered to report an incident");
        var card = OfferCards()[0];
        Assert.Contains(Offer, TextOf(card), StringComparison.Ordinal);
        var button = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(("Report an incident", "incident"), (button["title"]!.GetValue<string>(), button["data"]!["command"]!.GetValue<string>()));
        return button;
    }

    private List<JsonNode> OfferCards() =>
        [.. _flow.SentInto(WorkerChat)
            .Select(m => m["attachments"]?[0]?["content"])
            .OfType<JsonNode>()
            .Where(c => TextOf(c).Contains(Offer, StringComparison.Ordinal))];
}
