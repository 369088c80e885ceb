using System.ComponentModel.DataAnnotations;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// The post-incident procedure and risk-alert channels (section <c>Incidents</c>), validated at start.
/// </summary>
public sealed class IncidentOptions
{
    public const string SectionName = "Incidents";

    /// <summary>The agency this deployment acts for, recorded on the hazard flags it raises.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Agency { get; set; } = "Children's services";

    /// <summary>
    /// The areas a practitioner chooses from when reporting; a risk alert goes to every channel subscribed
    /// for the chosen area. Empty: the question is not asked and no channel is alerted.
    /// </summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Directory object ids of the people who may turn a channel's alerts on or off.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Support offered after every incident, in this order (e.g. the counselling or wellbeing service and how to reach it).</summary>
    public List<SupportService> Support { get; set; } = [];

    /// <summary>How long a hazard flag raised by an incident lasts before it must be reviewed.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan FlagReviewAfter { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The debrief or supervision follow-up is due this many working days (Monday to Friday) after the report.</summary>
    [Range(1, 30)]
    public int DebriefWithinWorkingDays { get; set; } = 2;
}

/// <summary>One support service: what it is and how to reach it (plain text, shown as written).</summary>
public sealed class SupportService
{
    [Required(AllowEmptyStrings = false)]
    public string Name { get; set; } = "";

    public string? Contact { get; set; }
}
