using System.Text.Json;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Channels;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>
/// The optional team-channel copy in dialogs/plan-visit.json, with the real actions over SQLite: the
/// practitioner's team (the default team) names a channel, and the channel's alerts are on or not. The
/// outbox is not dispatched here, so what the share queued stays in the store to be read.
/// </summary>
public sealed class PlanShareTranscriptTests : IAsyncLifetime
{
    private const string TeamChannel = "19:team-channel@thread.tacv2";
    private const string Question = "Share a copy with your team channel?";

    private PlanVisitBot _bot = null!;
    private PlanConversation _plan = null!;

    public async Task InitializeAsync()
    {
        _bot = await PlanVisitBot.StartAsync(new Dictionary<string, string?> { ["LoneWorker:Teams:default:ChannelId"] = TeamChannel });
        _plan = new PlanConversation(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task SubscribeAsync(SubscriptionAction action = SubscriptionAction.On, TimeSpan? ago = null) =>
        await _bot.Services.GetRequiredService<IChannelSubscriptionStore>().RecordAsync(
            new ChannelSubscriptionChange(
                Guid.NewGuid(), TeamChannel, "19:team@thread.tacv2", "North", action,
                new ConversationRef("msteams", TeamChannel + ";messageid=1"), "aad-admin", _bot.Clock.Now - (ago ?? TimeSpan.Zero)),
            CancellationToken.None);

    private async Task<IReadOnlyList<OutboxMessage>> ChannelCopiesAsync() =>
        [.. (await _bot.Services.GetRequiredService<IOutboxStore>().ClaimDueAsync("test", 1000, _bot.Clock.Now + TimeSpan.FromDays(30), TimeSpan.FromMinutes(1), CancellationToken.None))
            .Where(m => m.Kind == PlanOutboxKinds.ChannelCopy)];

    private static int UserTurns(TranscriptScript script) => script.Log.Count(line => line.StartsWith("user", StringComparison.Ordinal));

    [Fact]
    public async Task PlanVisit_ChannelSubscribedAndYes_QueuesOneChannelCopyOfTheSavedPlan()
    {
        _plan.Answers["late-in-day"] = "yes";
        await SubscribeAsync();

        await _plan.Saved(_plan.UpToRisk(_bot.Script()).BotSendsCard(contains: "Would you like a joint visit").User("no"))
            .BotSendsCard(contains: Question)
            .UserSubmits(new { command = "choice", prompt = "plan-visit.shareWithTeam", value = "yes" })
                .BotSays(equals: SharePlanWithTeamAction.Shared)
                .BotSays(equals: PlanConversation.Completion);

        var plan = Assert.Single(await _bot.Plans.ForCaseAsync(_plan.CaseReference, CancellationToken.None));
        var message = Assert.Single(await ChannelCopiesAsync());
        var post = JsonSerializer.Deserialize<PlanChannelPost>(message.Payload, JsonSerializerOptions.Web)!;
        Assert.Equal(TeamChannel, post.TeamsChannelId);
        Assert.Equal(TeamChannel + ";messageid=1", post.Via.ConversationId);
        Assert.Equal(plan.Id, post.Copy.PlanId);
        Assert.Equal("SC-0017-3", post.Copy.CaseReference);
        Assert.Equal(plan.VisitAt, post.Copy.VisitAt);
        Assert.Equal(plan.ReturnBy, post.Copy.ReturnBy);
        Assert.Equal(plan.RiskLevel, post.Copy.RiskLevel);
        Assert.Equal(["visit-in-daylight"], post.Copy.RecommendationIds);
    }

    [Fact]
    public async Task PlanVisit_ChannelSubscribedAndNo_QueuesNothingAndSaysTheUsualGoodbye()
    {
        await SubscribeAsync();

        await _plan.Saved(_plan.UpToRisk(_bot.Script()))
            .BotSendsCard(contains: Question)
            .User("no thanks").BotSays(equals: PlanConversation.Completion);

        Assert.Empty(await ChannelCopiesAsync());
        Assert.Single(await _bot.Plans.ForCaseAsync(_plan.CaseReference, CancellationToken.None));
    }

    [Fact]
    public async Task PlanVisit_ChannelConfiguredButNotSubscribed_DoesNotAsk()
    {
        await _plan.Summary(_plan.UpToRisk(_bot.Script()));

        Assert.Empty(await ChannelCopiesAsync());
    }

    [Fact]
    public async Task PlanVisit_ChannelAlertsTurnedOff_DoesNotAsk()
    {
        await SubscribeAsync(SubscriptionAction.On, ago: TimeSpan.FromDays(2));
        await SubscribeAsync(SubscriptionAction.Off, ago: TimeSpan.FromDays(1));

        await _plan.Summary(_plan.UpToRisk(_bot.Script()));

        Assert.Empty(await ChannelCopiesAsync());
    }

    [Fact]
    public async Task PlanVisit_TypicalPlanWithATeamChannel_TakesTenTurns()
    {
        await SubscribeAsync();

        var script = _plan.Saved(_plan.UpToRisk(_bot.Script())).BotSendsCard(contains: Question).User("yes").BotSays(equals: SharePlanWithTeamAction.Shared).BotSays(equals: PlanConversation.Completion);
        await script;

        Assert.Equal(10, UserTurns(script));
    }
}
