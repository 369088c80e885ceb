namespace EngagementBot.Domain.Cases;

/// <summary>
/// The result of renewing or withdrawing a flag: <see cref="Flag"/> is the flag after the change
/// (<see cref="HazardFlagChangeOutcome.Applied"/>) or as it stands unchanged (rejected), and null when
/// no flag has the id.
/// </summary>
public sealed record HazardFlagChange(HazardFlagChangeOutcome Outcome, HazardFlag? Flag)
{
    public bool Applied => Outcome == HazardFlagChangeOutcome.Applied;
}

public enum HazardFlagChangeOutcome
{
    Applied,

    /// <summary>No flag has this id.</summary>
    NotFound,

    /// <summary>The flag was withdrawn already: it can be neither renewed nor withdrawn again.</summary>
    AlreadyWithdrawn,

    /// <summary>A renewal must move the review date later than both the current one and the renewal time.</summary>
    ReviewDateNotLater,
}
