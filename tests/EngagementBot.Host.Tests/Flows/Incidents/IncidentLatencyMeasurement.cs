using System.Globalization;
using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Xunit.Abstractions;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>
/// Measures (does not assert times) how long after an incident's submit (a) the manager's notification and
/// (b) the multi-agency channel's risk alert are handed to the local fake connector and fake Graph, over
/// <see cref="Incidents"/> incidents submitted one every <see cref="Pace"/>, with the outbox's production
/// timings. Printed to the test output; asserts only that every hand-off happened.
/// </summary>
public sealed class IncidentLatencyMeasurement(ITestOutputHelper output)
{
    private const int Incidents = 200;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Submit_200Incidents_ReportsHandOffLatency()
    {
        await using var flow = await AlertFlowHost.StartAsync(MondayMorning, settings: new Dictionary<string, string?>
        {
            ["Incidents:Areas:0"] = "North",
            ["Incidents:Admins:0"] = Worker,
            ["Outbox:PollInterval"] = "00:00:01",
            ["Outbox:FirstRetryDelay"] = "00:00:02",
            ["Outbox:MaxRetryDelay"] = "00:05:00",
        });
        using (var subscribed = await flow.Bot.PostAsync(TestActivities.ChannelMention("alerts on area=North", flow.Bot.ServiceUrl), flow.Bot.ValidToken()))
        {
            subscribed.EnsureSuccessStatusCode();
        }

        await flow.SayAsync("hi");
        var chat = (await flow.Service<IConversationReferenceStore>().FindAsync("msteams", WorkerChat, CancellationToken.None))!;
        var submit = flow.Service<IEnumerable<IDialogAction>>().Single(a => a.Name == "submit-incident");

        var submitted = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        for (var i = 0; i < Incidents; i++)
        {
            var reference = "SC-" + (1000 + i).ToString(CultureInfo.InvariantCulture);
            submitted[reference] = DateTimeOffset.UtcNow;
            await submit.RunAsync(Context(chat, reference, flow.Clock.GetUtcNow()), CancellationToken.None);
            await Task.Delay(Pace);
        }

        var card = await HandOffsAsync(submitted, () => flow.Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal) && c.Body?["attachments"] is not null)
            .Select(c => (c.Body!.ToJsonString(), c.At)), "the manager's card was handed to the connector");
        var mail = await HandOffsAsync(submitted, () => flow.Graph.CallsTo(GraphRoute.SendMail)
            .Select(c => (c.Body!.ToJsonString(), c.At)), "the manager's mail was handed to Graph");
        var channel = await HandOffsAsync(submitted, () => flow.Connector.Calls
            .Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.Body?["channelData"]?["channel"] is not null)
            .Select(c => (c.Body!.ToJsonString(), c.At)), "the risk alert was handed to the connector");

        output.WriteLine(Line("(a) manager card → connector", card));
        output.WriteLine(Line("(a) manager mail → Graph", mail));
        output.WriteLine(Line("(b) channel risk alert → connector", channel));
        Assert.Equal(Incidents, card.Count);
        Assert.Equal(Incidents, channel.Count);
    }

    private static DialogActionContext Context(ConversationAddress chat, string reference, DateTimeOffset now)
    {
        var turn = new TurnInput(
            TurnKind.Message, chat, Guid.NewGuid().ToString("N"), new UserRef(TestActivities.UserId, Worker, WorkerName), reference, null, null, "en-GB", now);
        var answers = JsonSerializer.SerializeToElement(new
        {
            caseRef = reference, area = "North", when = "2026-03-01T14:00:00Z", venue = "home", what = new[] { "shouting" },
            hurt = false, seen = false, policeTold = false, story = "They shouted at me on the doorstep.",
        });
        return new DialogActionContext("report-incident", "submit", Guid.NewGuid().ToString("N"), turn, answers, null, now);
    }

    // Milliseconds from each submit to the first hand-off whose body names its case reference (SC-1000…SC-1199: none is part of another).
    private static async Task<List<double>> HandOffsAsync(
        Dictionary<string, DateTimeOffset> submitted, Func<IEnumerable<(string Body, DateTimeOffset At)>> calls, string what)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        await Eventually.TrueAsync(
            () =>
            {
                var seen = calls().ToList();
                foreach (var (reference, at) in submitted.Where(s => !found.ContainsKey(s.Key)))
                {
                    var first = seen.Where(c => c.Body.Contains(reference, StringComparison.Ordinal))
                        .Select(c => (DateTimeOffset?)c.At).Min();
                    if (first is { } handed)
                    {
                        found[reference] = (handed - at).TotalMilliseconds;
                    }
                }

                return found.Count == submitted.Count;
            },
            what,
            TimeSpan.FromMinutes(2));
        return [.. found.Values.Order()];
    }

    private static string Line(string what, List<double> ms) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: p50 {ms[ms.Count / 2]:F0} ms, p99 {ms[(int)Math.Ceiling(ms.Count * 0.99) - 1]:F0} ms, max {ms[^1]:F0} ms ({ms.Count} incidents)");
}
