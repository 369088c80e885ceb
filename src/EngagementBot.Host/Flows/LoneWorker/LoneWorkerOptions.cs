using System.ComponentModel.DataAnnotations;

namespace EngagementBot.Host.Flows.LoneWorker;

/// <summary>
/// Lone-worker sessions and safety alerts (section <c>LoneWorker</c>): timings, teams and who is on each
/// team's ladder, working hours and the SOS options. Validated at start.
/// </summary>
public sealed class LoneWorkerOptions
{
    public const string SectionName = "LoneWorker";

    /// <summary>The team of anyone not listed in a team's <see cref="TeamOptions.Members"/>.</summary>
    public const string DefaultTeam = "default";

    /// <summary>IANA time zone of working hours, bank holidays and the end-of-day sweep.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>How long "I need help" waits for a cancel before the whole ladder is told.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan SosCancelWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The duress safe word: typed instead of "cancel" in the SOS window, the bot answers exactly as for a
    /// cancel but tells the whole ladder silently. Off when empty.
    /// </summary>
    public string? DuressWord { get; set; }

    /// <summary>Ladder timings for every team unless the team sets its own.</summary>
    [Required]
    public LadderTimings Timings { get; set; } = new();

    /// <summary>Working hours; outside them (and on weekends and <see cref="BankHolidays"/>) the out-of-hours contact is asked first.</summary>
    [Required]
    public WorkingHours WorkingHours { get; set; } = new();

    /// <summary>Dates (in <see cref="TimeZone"/>) that are out of hours all day.</summary>
    public List<DateOnly> BankHolidays { get; set; } = [];

    /// <summary>Sessions still open at this local time are chased (worker and manager), never dropped.</summary>
    public TimeOnly EndOfDay { get; set; } = new(18, 0);

    /// <summary>Who is asked out of hours when a team names nobody.</summary>
    public string? OutOfHoursContact { get; set; }

    /// <summary>Teams by name; <see cref="DefaultTeam"/> applies to anyone not listed elsewhere.</summary>
    public Dictionary<string, TeamOptions> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The overdue ladder's timings.</summary>
public sealed class LadderTimings
{
    /// <summary>After the deadline passes and the worker is prompted, how long until the line manager is alerted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a rung has to press "I'm handling this" before the next rung is told (and, past the last, everyone again).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Office hours in the configured time zone.</summary>
public sealed class WorkingHours
{
    public TimeOnly Start { get; set; } = new(8, 30);

    public TimeOnly End { get; set; } = new(17, 30);

    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}

/// <summary>One team: its members, its ladder beyond the line manager, and optional own timings.</summary>
public sealed class TeamOptions
{
    /// <summary>Directory object ids of the team's practitioners.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>Directory object ids of the managers who may see "team status" for this team (line managers found through Graph may too).</summary>
    public List<string> Managers { get; set; } = [];

    /// <summary>The second contact (directory object id): the rung after the line manager.</summary>
    public string? SecondContact { get; set; }

    /// <summary>The out-of-hours duty contact (directory object id); falls back to the global one.</summary>
    public string? OutOfHoursContact { get; set; }

    /// <summary>The Teams channel id (<c>19:…@thread.tacv2</c>) told last, without personal data.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The team's own timings; null uses <see cref="LoneWorkerOptions.Timings"/>.</summary>
    public LadderTimings? Timings { get; set; }
}
