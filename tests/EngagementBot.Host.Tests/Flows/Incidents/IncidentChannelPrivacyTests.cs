using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>
/// An incident reported through the dialog by a worker whose team has an alert channel, with the area's
/// multi-agency channel subscribed, worked up its whole ladder: the incident card goes to people only, and
/// nothing personal reaches any channel.
/// </summary>
public sealed class IncidentChannelPrivacyTests : IAsyncLifetime
{
    private const string CaseReference = "SC-0017-3";
    private const string Place = "Flat 4, 12 Acacia Avenue";
    private const string Else = "Spat at the window of my car";
    private const string Seemed = "Jamie looked frightened and had a bruise";
    private const string Story = "Mr Dunmore said he would kill me if I came back";
    private const string Crime = "CR/2026/0042";

    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await AlertFlowHost.StartAsync(MondayMorning, settings: new Dictionary<string, string?>
    {
        ["Incidents:Areas:0"] = "North",
        ["Incidents:Admins:0"] = Worker,
    });

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Report_WholeLadderWorked_OnlyTheRiskAlertReachesAChannelAndNothingPersonalInIt()
    {
        using (var subscribed = await _flow.Bot.PostAsync(TestActivities.ChannelMention("alerts on area=North", _flow.Bot.ServiceUrl), _flow.Bot.ValidToken()))
        {
            subscribed.EnsureSuccessStatusCode();
        }

        var before = _flow.Connector.Calls.Count;
        foreach (var answer in new[] { "report an incident", "yes", CaseReference, "north", "yesterday 2pm", "home", Place, "threats to kill and shouting", Else, "yes", "yes", Seemed, "yes", Crime, Story })
        {
            await _flow.SayAsync(answer);
        }

        var incident = Assert.Single(await _flow.Service<IIncidentStore>().ForCaseAsync(CaseReference, CancellationToken.None));
        Assert.Equal(Crime, incident.CrimeReference);
        var alertId = IncidentAlertHost.AlertIdOf(incident);
        var managerChat = await _flow.CardPostedToAsync(alertId, Manager);
        Assert.Contains(Crime, TextOf(_flow.SentInto(managerChat).First(b => b["attachments"] is not null)), StringComparison.Ordinal);
        _flow.Advance(AcknowledgeWithin);
        await _flow.CardPostedToAsync(alertId, Second);
        _flow.Advance(AcknowledgeWithin);
        await _flow.CardPostedToAsync(alertId, OutOfHours);
        await Eventually.TrueAsync(() => _flow.MailsTo("olu@contoso.example").Count == 1, "the last rung was asked");
        _flow.Advance(AcknowledgeWithin);
        await Eventually.TrueAsync(() => _flow.MailsTo("olu@contoso.example").Count == 2, "the whole ladder was asked again");
        await _flow.InvokeAsync("alert-handle", alertId, Manager, ManagerName, managerChat);
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 3, "every copy was updated");

        var alert = (await _flow.Alerts.FindAsync(alertId, CancellationToken.None))!;
        Assert.All(alert.PostedCards, c => Assert.NotEqual(Channel, c.RecipientAadObjectId));
        var people = alert.PostedCards.Select(c => c.Conversation.ConversationId).Append(WorkerChat).ToHashSet();
        var calls = _flow.Connector.Calls.Skip(before).ToList();
        var threads = calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.Body?["channelData"]?["channel"] is not null).ToList();
        var thread = Assert.Single(threads);
        Assert.Equal("19:channel@thread.tacv2", thread.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Contains("Risk alert: " + CaseReference, thread.Body.ToJsonString(), StringComparison.Ordinal);
        var intoConversations = calls.Where(c => c.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal) && c.Path.Contains("/activities", StringComparison.Ordinal)).ToList();
        Assert.All(intoConversations, c => Assert.Contains(Uri.UnescapeDataString(c.Path.Split('/')[3]), people));
        var sentToChannels = string.Join('\n', threads.Select(c => c.Body!.ToJsonString()));
        foreach (var secret in new[] { Place, "Acacia", Else, Seemed, "Jamie", Story, "Dunmore", Crime, WorkerName, "Sam", "Threats to kill", "Shouting", "Incident:" })
        {
            Assert.DoesNotContain(secret, sentToChannels, StringComparison.OrdinalIgnoreCase);
        }
    }
}
