namespace EngagementBot.Domain.Approvals;

/// <summary>Where a joint-visit approval stands. Every state but <see cref="Pending"/> is final.</summary>
public enum ApprovalState
{
    /// <summary>Asked; nobody has decided yet.</summary>
    Pending,

    Approved,

    /// <summary>Declined, with a reason.</summary>
    Declined,

    /// <summary>Approved with a named second worker.</summary>
    SecondWorkerNamed,

    /// <summary>Nobody on the ladder decided in time; the practitioner was told to phone.</summary>
    Expired,
}
