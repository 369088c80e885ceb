using System.ComponentModel.DataAnnotations;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>Joint-visit approval timings and wording (section <c>Approvals</c>).</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "Approvals";

    /// <summary>No decision this long after a rung was asked: remind those approvers.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// No decision this long after a rung was asked: ask the next rung (delegates, then the fallback
    /// approver); after the last rung, tell the practitioner nobody decided. Must exceed <see cref="ReminderAfter"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Who a practitioner is told to phone when nobody can be asked or nobody decided in time.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DutyContact { get; set; } = "your line manager or the duty manager";
}
