namespace EngagementBot.Domain.Cases;

/// <summary>Where a hazard flag stands at a given moment.</summary>
public enum HazardFlagStatus
{
    /// <summary>Not withdrawn and its review date is still ahead: every plan on the case shows it.</summary>
    Active,

    /// <summary>Its review date has come without a renewal; renewing makes it active again.</summary>
    Expired,

    /// <summary>Withdrawn (final); kept for the record.</summary>
    Withdrawn,
}
