using System.Text.Json.Nodes;
using EngagementBot.Domain.Alerts;
using EngagementBot.Host.Emergency;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Testing;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Emergency;

/// <summary>"I need help" pressed on a card: an Action.Execute press reaches the alarm like a typed message, and so does every card's SOS button.</summary>
public sealed class SosCardButtonTests : IAsyncLifetime
{
    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync()
    {
        _flow = await AlertFlowHost.StartAsync(MondayMorning);
        await _flow.SayAsync("hi");
    }

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Theory]
    [InlineData("sos", false)]
    [InlineData(null, true)]
    [InlineData("sos", true)]
    public async Task Sos_ActionExecutePress_ArmsTheAlarmAnswersTheInvokeAndKeepsThePressedCard(string? verb, bool commandInData)
    {
        var before = _flow.SentInto(WorkerChat).Count;
        var data = commandInData ? new JsonObject { ["command"] = "sos" } : new JsonObject();

        var response = await _flow.InvokeAsync(verb, data, Worker, WorkerName, WorkerChat);

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Equal(EmergencyResponder.Advice, response["value"]!.GetValue<string>());
        await Eventually.TrueAsync(() => _flow.SentInto(WorkerChat).Count >= before + 2, "the advice and the cancel card went into the chat");
        var sent = _flow.SentInto(WorkerChat).Skip(before).ToList();
        Assert.Equal(EmergencyResponder.Advice, sent[0]["text"]!.GetValue<string>());
        Assert.Contains("Sending an alert to", TextOf(sent[1]["attachments"]![0]!["content"]), StringComparison.Ordinal);
        Assert.DoesNotContain(_flow.Connector.Calls, c => c.Method == "PUT");
        var alert = Assert.Single(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));
        Assert.Equal((AlertKind.Sos, AlertState.Arming), (alert.Kind, alert.State));
    }

    [Fact]
    public async Task Execute_OtherVerbNobodyKnows_DoesNotRaiseTheAlarm()
    {
        var response = await _flow.InvokeAsync("not-a-verb", new JsonObject { ["command"] = "cancel" }, Worker, WorkerName, WorkerChat);

        Assert.NotEqual(EmergencyResponder.Advice, response["value"]?.ToJsonString().Trim('"'));
        Assert.Empty(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None));
    }

    [Fact]
    public async Task SosButton_OnEveryCardThatHasOne_ReachesTheAlarm()
    {
        var buttons = Directory.GetFiles(RepoPaths.Cards, "*.json")
            .Where(path => !path.EndsWith(".data.json", StringComparison.Ordinal))
            .SelectMany(path => SosActions(JsonNode.Parse(File.ReadAllText(path))).Select(action => (Card: Path.GetFileNameWithoutExtension(path), Action: action)))
            .ToList();
        Assert.Superset(new HashSet<string> { "menu", "session", "welcome" }, buttons.Select(b => b.Card).ToHashSet());

        foreach (var (card, action) in buttons)
        {
            var before = _flow.SentInto(WorkerChat).Count;
            var data = action["data"]?.DeepClone().AsObject() ?? [];
            if (action["type"]!.GetValue<string>() == "Action.Execute")
            {
                await _flow.InvokeAsync(action["verb"]?.GetValue<string>(), data, Worker, WorkerName, WorkerChat);
            }
            else
            {
                await _flow.SubmitAsync(data, Worker, WorkerName, WorkerChat);
            }

            await Eventually.TrueAsync(
                () => _flow.SentInto(WorkerChat).Skip(before).Any(m => m["text"]?.GetValue<string>() == EmergencyResponder.Advice), $"the {card} card's SOS button raised the alarm");
            Assert.Equal(AlertState.Arming, Assert.Single(await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None)).State);
            await _flow.SayAsync("cancel");
            await Eventually.ValueAsync(async () => (await _flow.Alerts.OpenForWorkerAsync(Worker, CancellationToken.None)).Count == 0 ? "cancelled" : null, "the alarm was cancelled");
        }
    }

    // Every action (and fallback) whose verb or data command is "sos".
    private static IEnumerable<JsonObject> SosActions(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute"
            && (obj["verb"]?.GetValue<string>() == "sos" || (obj["data"] is JsonObject data && data["command"]?.GetValue<string>() == "sos")) => [obj],
        JsonObject obj => obj.SelectMany(p => SosActions(p.Value)),
        JsonArray list => list.SelectMany(SosActions),
        _ => [],
    };
}
