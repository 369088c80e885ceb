namespace EngagementBot.Domain.Cases;

/// <summary>One renewal of a hazard flag: who moved the review date, when, and from what to what.</summary>
public sealed record HazardFlagRenewal(
    DateTimeOffset RenewedAt,
    string RenewedBy,
    string RenewedByAgency,
    DateTimeOffset PreviousReviewDate,
    DateTimeOffset ReviewDate);
