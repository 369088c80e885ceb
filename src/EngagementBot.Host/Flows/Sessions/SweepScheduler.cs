namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// At start-up, makes sure the next end-of-day sweep is queued; each sweep then queues the one after it.
/// Several instances starting together enqueue the same message (its id comes from the date).
/// </summary>
public sealed partial class SweepScheduler(SweepSchedule schedule, ILogger<SweepScheduler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var date = schedule.NextDate();
        await schedule.EnsureAsync(date, cancellationToken);
        LogScheduled(schedule.DueAt(date));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Next end-of-day sweep of open sessions due at {DueAt:o}")]
    private partial void LogScheduled(DateTimeOffset dueAt);
}
