using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>Planning a visit starts its session: the whole plan-visit dialog through the real pipeline.</summary>
public sealed class StartSessionTests : IAsyncLifetime
{
    private SessionBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SessionBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task PlanVisit_Saved_StartsTheSessionWithItsWhereaboutsAndPostsItsCardAfterTheReplies()
    {
        await Plan("14 Example Road, Pontypridd", "07700 900123")
            .BotSendsCard(contains: "Your visit plan is saved", check: card => Assert.Contains("I'll keep an eye on your return time", CardView.Text(card), StringComparison.Ordinal))
            .BotSays(equals: "Your check-in session for SC-0017-3 is running. If you haven't said \"left safely\" by Tuesday 24 November, 16:00, I'll check on you.")
            .BotSays(equals: PlanConversation.Completion);

        var session = Assert.Single(await _bot.OpenAsync());
        var plan = Assert.Single(await _bot.Services.GetRequiredService<IVisitPlanStore>().ForCaseAsync("SC-0017-3", CancellationToken.None));
        Assert.Equal(plan.Id, session.PlanId);
        Assert.Equal(plan.ReturnBy, session.DueBackAt);
        Assert.Equal(plan.VisitAt, session.VisitAt);
        Assert.Equal(SessionBot.Team, session.Team);
        Assert.Equal(new Whereabouts("home", "14 Example Road, Pontypridd", "07700900123"), session.Whereabouts);
        Assert.Equal(SessionBot.WorkerName, session.Worker.DisplayName);
        Assert.Equal(SessionState.Planned, session.State);

        Assert.Empty(_bot.SentTo(_bot.Worker));
        await _bot.AdvanceAsync(SessionNotifications.AfterTurnReplies);
        var card = Assert.Single(_bot.SentTo(_bot.Worker));
        Assert.Contains("Your visit session is running.", card.CardJson, StringComparison.Ordinal);
        Assert.Equal(card.ActivityId, (await _bot.Sessions.FindAsync(session.Id, CancellationToken.None))!.CardActivityId);
    }

    [Fact]
    public async Task PlanVisit_WhereaboutsSkipped_StartsTheSessionWithoutThem()
    {
        await Plan("skip", "skip").AndMaybeMore();

        var session = Assert.Single(await _bot.OpenAsync());
        Assert.Equal(new Whereabouts("home", null, null), session.Whereabouts);
    }

    /// <summary>"plan a visit" to the summary: tomorrow 14:00 at home, back by 16:00, harmless pack answers.</summary>
    private TranscriptScript Plan(string location, string phone)
    {
        var answers = PackCards.SafeAnswers(_bot.Services.GetRequiredService<PackCatalog>().Active);
        System.Text.Json.Nodes.JsonNode? about = null, safe = null;
        return _bot.Script(_bot.Worker)
            .User("plan a visit").BotSays(contains: "What's the case reference?")
            .User("SC-0017-3").BotSays(contains: "When is the visit?")
            .User("tomorrow 2pm").BotSays(contains: "14:00").BotSendsCard(contains: "Where will you meet?")
            .User("home").BotSays(contains: "When do you expect to be finished")
            .User("4pm").BotSays(contains: "only the people who'd check on you see it")
            .User(location).BotSays(contains: "shown only to the people who'd act if you don't check in")
            .User(phone).AndMaybeMore().Then(() => about = CardView.Parse(_bot.Connector.Calls[^1].CardJson!))
            .Send(user => user.Submit(PackCards.Submit(about!, answers)), "the first pack card").AndMaybeMore()
            .Then(() => safe = CardView.Parse(_bot.Connector.Calls[^1].CardJson!))
            .Send(user => user.Submit(PackCards.Submit(safe!, answers)), "the second pack card")
            .BotSendsCard(contains: "Risk: low");
    }
}
