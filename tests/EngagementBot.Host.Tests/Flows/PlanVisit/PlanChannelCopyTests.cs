using System.Text.Json.Nodes;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Visits;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Host.Outbox;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Transcripts;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>
/// A visit planned through the real host (fake connector, outbox running) by a worker whose team has a
/// channel, typing and pressing as Teams would: sharing opens one thread in the team channel, addressed to
/// the channel, with nothing personal in it; not sharing, or no channel with alerts on, posts nothing.
/// </summary>
public sealed class PlanChannelCopyTests : IAsyncLifetime
{
    private const string Case = "SC-0017-3";
    private const string Place = "Flat 4, 12 Acacia Avenue, Pontypridd";
    private const string Mobile = "07700 900123";
    private const string OthersInHome = "Kyle Dunmore, the mother's partner, and his dog Tyson";

    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await AlertFlowHost.StartAsync(MondayMorning, settings: new Dictionary<string, string?>
    {
        ["Incidents:Areas:0"] = "North",
        ["Incidents:Admins:0"] = Worker,
    });

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    private async Task SubscribeTeamChannelAsync()
    {
        var mention = TestActivities.ChannelMention("alerts on area=North", _flow.Bot.ServiceUrl);
        mention["conversation"]!["id"] = Channel + ";messageid=1";
        mention["channelData"]!["channel"]!["id"] = Channel;
        mention["channelData"]!["team"]!["id"] = "19:team-north@thread.tacv2";
        using var response = await _flow.Bot.PostAsync(mention, _flow.Bot.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    private JsonNode LastCardInWorkerChat(string contains) =>
        _flow.SentInto(WorkerChat).Select(b => b["attachments"]?[0]?["content"]).OfType<JsonNode>()
            .Last(card => TextOf(card).Contains(contains, StringComparison.Ordinal));

    private string LastTextInWorkerChat() => TextOf(_flow.SentInto(WorkerChat)[^1]);

    /// <summary>Plans a medium-risk visit (late in the day) with a free-text answer, the address and the phone, up to the end of the session start.</summary>
    private async Task PlanAsync()
    {
        var answers = PackCards.SafeAnswers(PackCards.Shipped());
        answers["late-in-day"] = "yes";
        answers["others-in-home"] = OthersInHome;
        foreach (var text in new[] { "plan a visit", Case, "tomorrow 2pm", "home", "4pm", Place, Mobile })
        {
            await _flow.SayAsync(text);
        }

        await _flow.SubmitAsync(PackCards.Submit(LastCardInWorkerChat("About this visit (1 of 2)"), answers), Worker, WorkerName, WorkerChat);
        await _flow.SubmitAsync(PackCards.Submit(LastCardInWorkerChat("Keeping you safe (2 of 2)"), answers), Worker, WorkerName, WorkerChat);
        Assert.Contains("Would you like a joint visit", TextOf(LastCardInWorkerChat("Would you like a joint visit")), StringComparison.Ordinal);
        await _flow.SayAsync("no");
    }

    private async Task<VisitPlan> PlanOfAsync() => Assert.Single(await _flow.Service<IVisitPlanStore>().ForCaseAsync(Case, CancellationToken.None));

    private Task<OutboxMessage?> CopyMessageAsync(VisitPlan plan) =>
        _flow.OutboxStore.FindAsync(OutboxIds.For("visit-plan:" + plan.Id.ToString("D"), "channel-copy", Channel), CancellationToken.None);

    private IReadOnlyList<JsonNode> ChannelThreadRequests() =>
        [.. _flow.Connector.Calls
            .Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.Body?["channelData"]?["channel"] is not null)
            .Select(c => c.Body!)];

    [Fact]
    public async Task Share_Yes_OpensOneThreadInTheTeamChannelAddressedToNobody()
    {
        await SubscribeTeamChannelAsync();
        await PlanAsync();
        Assert.Contains("Share a copy with your team channel?", LastTextInWorkerChat(), StringComparison.Ordinal);

        await _flow.SayAsync("yes");

        Assert.Contains(SharePlanWithTeamAction.Shared, string.Join('\n', _flow.TextsIn(WorkerChat)), StringComparison.Ordinal);
        var plan = await PlanOfAsync();
        Assert.NotNull(await CopyMessageAsync(plan));
        var card = Assert.Single(await Eventually.ValueAsync(async () => await Task.FromResult(_flow.ChannelThreads() is [_, ..] threads ? threads : null), "the copy reached the channel"));
        var text = TextOf(card);
        foreach (var shown in new[] { "Visit planned: " + Case, "Tue 3 Mar 2026, 14:00", "Tue 3 Mar 2026, 16:00", "Medium", "Go in daylight if you can." })
        {
            Assert.Contains(shown, text, StringComparison.Ordinal);
        }

        var root = Assert.Single(ChannelThreadRequests())["activity"]!;
        Assert.Null(root["recipient"]);
        Assert.Equal(Channel, root["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("channel", root["conversation"]!["conversationType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Share_Yes_NothingPersonalOrTypedReachesTheChannel()
    {
        await SubscribeTeamChannelAsync();
        await PlanAsync();
        await _flow.SayAsync("yes");
        await Eventually.TrueAsync(() => _flow.ChannelThreads().Count == 1, "the copy reached the channel");

        var plan = await PlanOfAsync();
        var sent = string.Join('\n', ChannelThreadRequests().Select(b => b.ToJsonString()));
        var secrets = new[]
        {
            Place, "Acacia", Mobile, "07700900123", "900123", OthersInHome, "Dunmore", "Tyson", WorkerName, "Sam", Worker, TestActivities.UserId,
            VisitVocabulary.Venues.Text(plan.Venue), "Test User",
        }.Concat(plan.Factors.Select(f => f.Text));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, sent, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Share_No_PostsNothingToTheChannel()
    {
        await SubscribeTeamChannelAsync();
        await PlanAsync();

        await _flow.SayAsync("no");

        Assert.Null(await CopyMessageAsync(await PlanOfAsync()));
        Assert.Empty(ChannelThreadRequests());
        Assert.DoesNotContain(SharePlanWithTeamAction.Shared, string.Join('\n', _flow.TextsIn(WorkerChat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_PassedOverWithArrived_ChecksTheWorkerInAndPostsNothing()
    {
        await SubscribeTeamChannelAsync();
        await PlanAsync();
        Assert.Contains("Share a copy with your team channel?", LastTextInWorkerChat(), StringComparison.Ordinal);

        await _flow.SayAsync("arrived");

        Assert.StartsWith($"Thanks — you're checked in for {Case}.", _flow.SentInto(WorkerChat)[^1]["text"]?.GetValue<string>(), StringComparison.Ordinal);
        var session = Assert.Single(await _flow.Service<ISessionStore>().OpenForWorkerAsync(Worker, CancellationToken.None));
        Assert.NotNull(session.ArrivedAt);
        Assert.Null(await CopyMessageAsync(await PlanOfAsync()));
        Assert.Empty(ChannelThreadRequests());
    }

    [Fact]
    public async Task Plan_TeamChannelWithoutAlertsOn_NeverAsks()
    {
        await PlanAsync();

        var texts = string.Join('\n', _flow.SentInto(WorkerChat).Select(TextOf));
        Assert.DoesNotContain("Share a copy with your team channel?", texts, StringComparison.Ordinal);
        Assert.Contains("Have a safe visit.", LastTextInWorkerChat(), StringComparison.Ordinal);
        Assert.Null(await CopyMessageAsync(await PlanOfAsync()));
        Assert.Empty(ChannelThreadRequests());
    }
}
