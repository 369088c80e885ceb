using EngagementBot.Domain.Alerts;
using EngagementBot.Graph;
using EngagementBot.Graph.Managers;
using EngagementBot.Host.Flows.LoneWorker;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Who a worker's safety alert goes to, rung by rung. In working hours: the line manager (with their
/// delegates, from the directory), the team's second contact, the out-of-hours contact, then the team
/// channel. Out of hours (evenings, non-working days, bank holidays): the out-of-hours contact first,
/// then the line manager, the second contact and the channel. Empty rungs are skipped, nobody is asked
/// twice, and the worker is never on their own ladder. An empty ladder means nobody can be told.
/// </summary>
public sealed partial class AlertLadderBuilder(IManagerDirectory directory, TeamDirectory teams, ILogger<AlertLadderBuilder> logger)
{
    /// <summary>The ladder for <paramref name="workerAadObjectId"/> of <paramref name="team"/> at <paramref name="at"/>.</summary>
    public Task<IReadOnlyList<AlertRung>> BuildAsync(string workerAadObjectId, string team, DateTimeOffset at, CancellationToken cancellationToken) =>
        BuildAsync(workerAadObjectId, team, at, peopleOnly: false, directoryMustAnswer: false, cancellationToken);

    /// <summary>The ladder for <paramref name="workerAadObjectId"/> of <paramref name="team"/> at <paramref name="at"/>.</summary>
    /// <param name="peopleOnly">Leave the team channel off (what goes up this ladder is personal).</param>
    /// <param name="directoryMustAnswer">
    /// A transient directory failure is thrown, for the caller to retry, instead of building the ladder
    /// without the line manager. A lasting failure (not transient) is still built around.
    /// </param>
    /// <exception cref="GraphDeliveryException">Transient, and <paramref name="directoryMustAnswer"/>.</exception>
    public async Task<IReadOnlyList<AlertRung>> BuildAsync(
        string workerAadObjectId, string team, DateTimeOffset at, bool peopleOnly, bool directoryMustAnswer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerAadObjectId);
        var settings = teams.Team(team);
        return Build(
            workerAadObjectId,
            await LineManagersAsync(workerAadObjectId, directoryMustAnswer, cancellationToken),
            settings.SecondContact,
            teams.OutOfHoursContact(team),
            peopleOnly ? null : settings.ChannelId,
            teams.IsOutOfHours(at));
    }

    /// <summary>The ladder from what is known: the line managers (primary first, then delegates) and the team's contacts.</summary>
    public static IReadOnlyList<AlertRung> Build(
        string workerAadObjectId, IReadOnlyList<string> lineManagers, string? secondContact, string? outOfHoursContact, string? channelId, bool outOfHours)
    {
        ArgumentNullException.ThrowIfNull(lineManagers);
        var lineManagerRung = lineManagers.Select(id => AlertTarget.Person(id, AlertRoles.LineManager)).ToList();
        var secondRung = PersonRung(secondContact, AlertRoles.SecondContact);
        var outOfHoursRung = PersonRung(outOfHoursContact, AlertRoles.OutOfHours);
        List<AlertTarget> channelRung = string.IsNullOrWhiteSpace(channelId) ? [] : [AlertTarget.Channel(channelId.Trim(), AlertRoles.TeamChannel)];
        var order = outOfHours
            ? new[] { outOfHoursRung, lineManagerRung, secondRung, channelRung }
            : new[] { lineManagerRung, secondRung, outOfHoursRung, channelRung };

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { workerAadObjectId.Trim() };
        var ladder = new List<AlertRung>();
        foreach (var rung in order)
        {
            var targets = rung.Where(target => !string.IsNullOrWhiteSpace(target.Id) && seen.Add(target.Id.Trim()))
                .Select(target => target with { Id = target.Id.Trim() })
                .ToList();
            if (targets.Count > 0)
            {
                ladder.Add(new AlertRung(targets));
            }
        }

        return ladder;
    }

    private static List<AlertTarget> PersonRung(string? aadObjectId, string role) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? [] : [AlertTarget.Person(aadObjectId, role)];

    // A directory outage must not stop the alert: the other rungs still go, and the failure is logged.
    private async Task<IReadOnlyList<string>> LineManagersAsync(string workerAadObjectId, bool mustAnswer, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.ResolveApproversAsync(workerAadObjectId, cancellationToken)).AllAadObjectIds;
        }
        catch (GraphDeliveryException ex) when (!(mustAnswer && ex.IsTransient))
        {
            LogDirectoryUnavailable(ex.StatusCode, ex.IsTransient);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety alert ladder built without the line manager: the directory could not be asked (Graph status {StatusCode}, transient {Transient})")]
    private partial void LogDirectoryUnavailable(int? statusCode, bool transient);
}
