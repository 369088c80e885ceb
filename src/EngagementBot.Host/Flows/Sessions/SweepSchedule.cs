using System.Globalization;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// When the end-of-day sweeps run (<see cref="LoneWorkerOptions.EndOfDay"/>, local time in the lone-worker
/// time zone) and their durable daily timer: one outbox message per local date, its id derived from the
/// date, so every instance that makes sure of it enqueues the same one.
/// </summary>
public sealed class SweepSchedule(OutboxQueue outbox, TeamDirectory teams, IOptions<LoneWorkerOptions> options, TimeProvider clock)
{
    /// <summary>The moment the sweep of local date <paramref name="date"/> is due.</summary>
    public DateTimeOffset DueAt(DateOnly date)
    {
        var local = date.ToDateTime(options.Value.EndOfDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, teams.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The next sweep's local date from now: today until today's sweep is due, else tomorrow.</summary>
    public DateOnly NextDate()
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, teams.Zone).DateTime);
        return now < DueAt(today) ? today : today.AddDays(1);
    }

    /// <summary>Makes sure the sweep of <paramref name="date"/> is queued (idempotent).</summary>
    public Task<Guid> EnsureAsync(DateOnly date, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(IdOf(date), SessionOutboxKinds.Sweep, new SessionSweep(date), DueAt(date), null, cancellationToken);

    public static Guid IdOf(DateOnly date) => OutboxIds.For("sessions-sweep", Text(date));

    /// <summary>The date as the sweep's ids and audit events write it (<c>2026-11-23</c>).</summary>
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
