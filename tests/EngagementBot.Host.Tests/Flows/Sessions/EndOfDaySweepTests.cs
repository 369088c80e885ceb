using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Host.Outbox;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>
/// The end-of-day sweep (18:00 Europe/London by default; GMT in November): sessions still open are chased,
/// the line manager hears once, and the next day's sweep is queued.
/// </summary>
public sealed class EndOfDaySweepTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = SessionBot.MondayMorning.Date;
    private static readonly DateTimeOffset EndOfDay = Today.AddHours(18);

    private SessionBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SessionBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task ScheduleAtStartAsync()
    {
        var scheduler = _bot.Services.GetServices<IHostedService>().OfType<SweepScheduler>().Single();
        await scheduler.StartAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Start_BeforeTheEndOfTheDay_QueuesTodaysSweepOnceForEveryInstance()
    {
        await ScheduleAtStartAsync();
        await ScheduleAtStartAsync();

        var sweep = await _bot.Outbox.FindAsync(SweepSchedule.IdOf(new DateOnly(2026, 11, 23)), CancellationToken.None);
        Assert.NotNull(sweep);
        Assert.Equal(EndOfDay, sweep.NextAttemptAt);
        Assert.Equal(SessionOutboxKinds.Sweep, sweep.Kind);
    }

    [Fact]
    public async Task Sweep_OpenSessions_ChasesTheWorkerTellsTheLineManagerOnceAndQueuesTomorrow()
    {
        await _bot.SendAsync(_bot.Boss.Message("hi"));
        var open = await _bot.StartSessionAsync("SC-0017-3", Today.AddHours(16), Today.AddHours(19));
        var notStarted = await _bot.StartSessionAsync("SC-0020-1", Today.AddDays(1).AddHours(9), Today.AddDays(1).AddHours(10));
        var closed = await _bot.StartSessionAsync("SC-0030-2", Today.AddHours(11), Today.AddHours(12));
        await _bot.SendAsync(_bot.Worker.Message("left safely"));
        await ScheduleAtStartAsync();

        _bot.Clock.Now = EndOfDay.AddSeconds(-1);
        await _bot.DeliverDueAsync();
        Assert.Empty(_bot.SentTo(_bot.Boss));

        _bot.Clock.Now = EndOfDay;
        await _bot.DeliverDueAsync();

        var chase = Assert.Single(_bot.SentTo(_bot.Worker), c => c.CardJson?.Contains("end of the working day", StringComparison.Ordinal) == true);
        Assert.Contains("SC-0017-3", chase.CardJson, StringComparison.Ordinal);
        var told = Assert.Single(_bot.SentTo(_bot.Boss));
        Assert.Contains("SC-0017-3: Sam Worker, due back 19:00", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SC-0020-1", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SC-0030-2", told.Text, StringComparison.Ordinal);
        var chased = Assert.Single(await _bot.Sessions.EventsAsync(open.Id, CancellationToken.None), e => e.Kind == SessionEventKinds.Chased);
        Assert.Equal("date=2026-11-23", chased.Detail);
        Assert.DoesNotContain(await _bot.Sessions.EventsAsync(notStarted.Id, CancellationToken.None), e => e.Kind == SessionEventKinds.Chased);
        Assert.DoesNotContain(await _bot.Sessions.EventsAsync(closed.Id, CancellationToken.None), e => e.Kind == SessionEventKinds.Chased);

        var tomorrow = await _bot.Outbox.FindAsync(SweepSchedule.IdOf(new DateOnly(2026, 11, 24)), CancellationToken.None);
        Assert.Equal(EndOfDay.AddDays(1), tomorrow!.NextAttemptAt);

        // Delivered again (another instance, a lost acknowledgement): nobody hears twice, the chase is recorded once.
        var today = (await _bot.Outbox.FindAsync(SweepSchedule.IdOf(new DateOnly(2026, 11, 23)), CancellationToken.None))!;
        await _bot.Services.GetServices<IOutboxSender>().Single(s => s.Kind == SessionOutboxKinds.Sweep).SendAsync(today, CancellationToken.None);
        await _bot.DeliverDueAsync();
        Assert.Single(_bot.SentTo(_bot.Boss));
        Assert.Single(_bot.SentTo(_bot.Worker), c => c.CardJson?.Contains("end of the working day", StringComparison.Ordinal) == true);
        Assert.Single(await _bot.Sessions.EventsAsync(open.Id, CancellationToken.None), e => e.Kind == SessionEventKinds.Chased);
    }

    [Fact]
    public async Task Sweep_LineManagerNeverUsedTheBot_MailsThem()
    {
        await _bot.StartSessionAsync("SC-0017-3", Today.AddHours(16), Today.AddHours(19));
        await ScheduleAtStartAsync();

        _bot.Clock.Now = EndOfDay;
        await _bot.DeliverDueAsync();

        var mail = Assert.Single(_bot.Graph.CallsTo(GraphRoute.SendMail));
        Assert.Equal("bea@contoso.example", mail.Body!["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Contains("SC-0017-3: Sam Worker", mail.Body["message"]!["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_NoLineManagerInTheDirectory_TellsTheTeamsManagers()
    {
        await _bot.SendAsync(_bot.TeamManager.Message("hi"));
        var other = new EngagementBot.Testing.Transcripts.TranscriptUser("worker-2", "a:worker-2-chat", _bot.Clock);
        await _bot.StartSessionAsync("SC-0040-4", Today.AddHours(16), Today.AddHours(19), other);
        await ScheduleAtStartAsync();

        _bot.Clock.Now = EndOfDay;
        await _bot.DeliverDueAsync();

        Assert.Contains("SC-0040-4", Assert.Single(_bot.SentTo(_bot.TeamManager)).Text, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Delivered, (await _bot.Outbox.FindAsync(SweepSchedule.IdOf(new DateOnly(2026, 11, 23)), CancellationToken.None))!.Status);
    }
}
