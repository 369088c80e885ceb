using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.LoneWorker;

/// <summary>Which team a person is on, each team's settings, and whether a moment is out of hours.</summary>
public sealed class TeamDirectory(IOptions<LoneWorkerOptions> options)
{
    private readonly Lazy<TimeZoneInfo> _zone = new(() => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));

    public TimeZoneInfo Zone => _zone.Value;

    /// <summary>The first team listing <paramref name="aadObjectId"/> as a member (by name order), else <see cref="LoneWorkerOptions.DefaultTeam"/>.</summary>
    public string TeamOf(string? aadObjectId)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return LoneWorkerOptions.DefaultTeam;
        }

        var id = aadObjectId.Trim();
        return options.Value.Teams
            .OrderBy(team => team.Key, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(team => team.Value.Members.Contains(id, StringComparer.OrdinalIgnoreCase)).Key
            ?? LoneWorkerOptions.DefaultTeam;
    }

    /// <summary>The team's options (empty ones for a team not configured).</summary>
    public TeamOptions Team(string team) =>
        options.Value.Teams.TryGetValue(team, out var found) ? found : new TeamOptions();

    /// <summary>The team's own timings, else the defaults.</summary>
    public LadderTimings Timings(string team) => Team(team).Timings ?? options.Value.Timings;

    /// <summary>The team's out-of-hours contact, else the global one.</summary>
    public string? OutOfHoursContact(string team) => Team(team).OutOfHoursContact ?? options.Value.OutOfHoursContact;

    /// <summary>Whether <paramref name="at"/> falls outside working hours, on a non-working day or on a bank holiday (local time).</summary>
    public bool IsOutOfHours(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var hours = options.Value.WorkingHours;
        var time = TimeOnly.FromDateTime(local.DateTime);
        return !hours.Days.Contains(local.DayOfWeek)
            || options.Value.BankHolidays.Contains(DateOnly.FromDateTime(local.DateTime))
            || time < hours.Start
            || time >= hours.End;
    }
}
