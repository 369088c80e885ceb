using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>
/// The deadline timers with a manual clock: the prompt at the deadline and not before, the overdue alert
/// after the team's grace period (10 minutes by default), extensions, check-ins after the alert, restarts.
/// </summary>
public sealed class SessionDeadlineTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Eleven = SessionBot.MondayMorning.AddHours(1);
    private static readonly DateTimeOffset One = SessionBot.MondayMorning.AddHours(3);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private SessionBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SessionBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<VisitSession> StoredAsync(VisitSession session) => (await _bot.Sessions.FindAsync(session.Id, CancellationToken.None))!;

    private async Task At(DateTimeOffset when)
    {
        _bot.Clock.Now = when;
        await _bot.DeliverDueAsync();
    }

    private IReadOnlyList<string> Prompts() =>
        [.. _bot.SentTo(_bot.Worker).Select(c => c.CardJson).OfType<string>().Where(card => card.Contains("Are you safe?", StringComparison.Ordinal))];

    [Fact]
    public async Task Deadline_Passes_PromptsTheWorkerAtTheDeadlineAndNotBefore()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);

        await At(One.AddSeconds(-1));
        Assert.Empty(Prompts());
        Assert.Equal(OverdueStage.None, (await StoredAsync(session)).Overdue);

        await At(One);
        var prompt = Assert.Single(Prompts());
        Assert.Contains("Your visit for SC-0017-3 was due to finish at 13:00. Are you safe?", prompt, StringComparison.Ordinal);
        Assert.Contains(SessionCommand.LeftVerb, prompt, StringComparison.Ordinal);
        var stored = await StoredAsync(session);
        Assert.Equal(OverdueStage.Prompted, stored.Overdue);
        Assert.NotNull(stored.CardActivityId);
        Assert.Contains(SessionEventKinds.Prompted, (await _bot.Sessions.EventsAsync(session.Id, CancellationToken.None)).Select(e => e.Kind));
        Assert.Empty(_bot.Alerts.Raised);
    }

    [Fact]
    public async Task GracePeriodOver_NoCheckIn_RaisesTheOverdueAlertOnceAndRecordsIt()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await At(One);

        await At(One + Grace - TimeSpan.FromSeconds(1));
        Assert.Empty(_bot.Alerts.Raised);

        await At(One + Grace);
        Assert.Equal([(session.Id, 0)], _bot.Alerts.Raised);
        var stored = await StoredAsync(session);
        Assert.Equal(OverdueStage.Escalated, stored.Overdue);
        Assert.NotNull(stored.AlertId);
        Assert.Contains(SessionEventKinds.Escalated, (await _bot.Sessions.EventsAsync(session.Id, CancellationToken.None)).Select(e => e.Kind));
        Assert.Contains(_bot.UpdatesOf(stored.CardActivityId!), u => u.CardJson!.Contains("Your manager has been alerted", StringComparison.Ordinal));

        await At(One + Grace + TimeSpan.FromHours(1));
        await RedeliverAsync(SessionNotifications.Key(session.Id), "0", SessionDeadlineStep.Escalate);
        await RedeliverAsync(SessionNotifications.Key(session.Id), "0", SessionDeadlineStep.Prompt);
        Assert.Single(_bot.Alerts.Raised);
        Assert.Single(Prompts());
    }

    [Fact]
    public async Task Extended_BeforeTheDeadline_MovesPromptAndAlertAndOldTimersDoNothing()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await At(One.AddMinutes(-30));
        await _bot.Script(_bot.Worker).User("extend 30 minutes").BotSays(contains: "due back by 13:30");

        await At(One);
        await At(One + Grace);
        Assert.Empty(Prompts());
        Assert.Empty(_bot.Alerts.Raised);

        await At(One.AddMinutes(30));
        Assert.Contains("was due to finish at 13:30", Assert.Single(Prompts()), StringComparison.Ordinal);
        await At(One.AddMinutes(30) + Grace);
        Assert.Equal([(session.Id, 1)], _bot.Alerts.Raised);
    }

    [Fact]
    public async Task RunningLate_AfterThePrompt_NewDeadlineAndNoAlertForTheOldOne()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await At(One.AddMinutes(2));
        Assert.Single(Prompts());

        await _bot.Script(_bot.Worker).User("running late").BotSays(contains: "you're now due back by 13:17");

        await At(One + Grace);
        Assert.Empty(_bot.Alerts.Raised);
        Assert.Equal(OverdueStage.None, (await StoredAsync(session)).Overdue);
        await At(One.AddMinutes(17) + Grace);
        Assert.Equal([(session.Id, 1)], _bot.Alerts.Raised);
    }

    [Fact]
    public async Task CheckIn_AfterTheAlertWasRaised_StandsItDown()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await At(One);
        await At(One + Grace);
        var alertId = (await StoredAsync(session)).AlertId!.Value;

        await _bot.Script(_bot.Worker)
            .User("left safely").BotSays(equals: "Thanks — glad you're safe. I've closed your session for SC-0017-3. I've let the people I alerted know that you've checked in.");

        Assert.Equal([alertId], _bot.Alerts.StoodDown);
        Assert.Equal(AlertState.StoodDown, (await _bot.AlertStore.FindAsync(alertId, CancellationToken.None))!.State);
        Assert.Equal(SessionState.Closed, (await StoredAsync(session)).State);
    }

    [Fact]
    public async Task CheckIn_ByCardAfterTheAlert_StandsItDownAndSaysSoOnTheCard()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await At(One);
        await At(One + Grace);

        await _bot.Script(_bot.Worker)
            .Send(_ => _bot.Press(_bot.Worker, SessionCommand.ExtendVerb, session.Id), "Extend 30 minutes")
            .BotSendsCard(contains: "I've let the people I alerted know");

        Assert.Single(_bot.Alerts.StoodDown);
        Assert.Equal(1, (await StoredAsync(session)).DeadlineVersion);
    }

    [Fact]
    public async Task Restart_BetweenPromptAndAlert_StillRaisesTheAlert()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await At(One);
        Assert.Single(Prompts());

        _bot = await _bot.RestartAsync();
        await At(One + Grace);

        Assert.Equal([(session.Id, 0)], _bot.Alerts.Raised);
        Assert.Equal(OverdueStage.Escalated, (await StoredAsync(session)).Overdue);
    }

    [Fact]
    public async Task Closed_BeforeTheDeadline_NoPromptAndNoAlert()
    {
        await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await _bot.Script(_bot.Worker).User("left safely").BotSays(contains: "closed your session");

        await At(One + Grace + Grace);

        Assert.Empty(Prompts());
        Assert.Empty(_bot.Alerts.Raised);
    }

    // A timer delivered a second time (another instance, a lost acknowledgement).
    private async Task RedeliverAsync(string key, string deadline, SessionDeadlineStep step)
    {
        var stored = await _bot.Outbox.FindAsync(OutboxIds.For(key, "deadline", deadline, step.ToString()), CancellationToken.None);
        Assert.Equal(OutboxStatus.Delivered, stored!.Status);
        var sender = _bot.Services.GetServices<IOutboxSender>().Single(s => s.Kind == SessionOutboxKinds.Deadline);
        await sender.SendAsync(stored, CancellationToken.None);
        await _bot.DeliverDueAsync();
    }
}
