using System.Collections.Concurrent;
using EngagementBot.Domain.Sessions;
using EngagementBot.Graph;
using EngagementBot.Graph.Managers;
using EngagementBot.Host.Flows.LoneWorker;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Which teams' sessions someone may see in "team status": the teams that list them as a manager, second
/// contact or out-of-hours contact (the global out-of-hours contact stands for every team without its own),
/// and the teams of workers with an open session whose Graph line manager they are. Line managers found
/// through Graph are remembered for <see cref="LineManagerFreshness"/> per worker, so a busy manager's
/// repeated asks cost no directory calls; a directory failure just leaves that worker out this time.
/// </summary>
public sealed partial class TeamStatusAccess(
    IOptions<LoneWorkerOptions> options,
    TeamDirectory teams,
    ISessionStore sessions,
    IManagerDirectory directory,
    TimeProvider clock,
    ILogger<TeamStatusAccess> logger)
{
    public static readonly TimeSpan LineManagerFreshness = TimeSpan.FromMinutes(15);

    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (string? Manager, DateTimeOffset At)> _lineManagers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The teams <paramref name="viewer"/> may see, by name order; empty for anyone else.</summary>
    public async Task<IReadOnlyList<string>> TeamsForAsync(string viewer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(viewer);
        var allowed = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var team in options.Value.Teams.Keys.Append(LoneWorkerOptions.DefaultTeam))
        {
            var settings = teams.Team(team);
            if (settings.Managers.Contains(viewer, StringComparer.OrdinalIgnoreCase) || Same(settings.SecondContact, viewer) || Same(teams.OutOfHoursContact(team), viewer))
            {
                allowed.Add(team);
            }
        }

        var open = await sessions.OpenStartedBeforeAsync(DateTimeOffset.MaxValue, cancellationToken);
        foreach (var worker in open.Where(s => !allowed.Contains(s.Team)).GroupBy(s => s.Worker.AadObjectId, StringComparer.OrdinalIgnoreCase))
        {
            if (Same(await LineManagerOfAsync(worker.Key, cancellationToken), viewer))
            {
                allowed.UnionWith(worker.Select(s => s.Team));
            }
        }

        return [.. allowed];
    }

    private async Task<string?> LineManagerOfAsync(string worker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lineManagers.TryGetValue(worker, out var known) && now - known.At < LineManagerFreshness)
        {
            return known.Manager;
        }

        try
        {
            var manager = (await directory.FindLineManagerAsync(worker, cancellationToken))?.AadObjectId;
            if (_lineManagers.Count >= Capacity)
            {
                _lineManagers.Clear();
            }

            _lineManagers[worker] = (manager, now);
            return manager;
        }
        catch (GraphDeliveryException ex)
        {
            LogDirectoryUnavailable(ex.StatusCode, ex.IsTransient);
            return null;
        }
    }

    private static bool Same(string? a, string b) => !string.IsNullOrWhiteSpace(a) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team status: a line manager could not be looked up (Graph status {StatusCode}, transient {Transient}); that worker's team is left out")]
    private partial void LogDirectoryUnavailable(int? statusCode, bool transient);
}
