namespace EngagementBot.Domain.Cases;

/// <summary>
/// The withdrawal of a hazard flag: who, when and why. Withdrawing is final and recorded; a flag is
/// never deleted. The reason is a short note for the record, without names or narrative.
/// </summary>
public sealed record HazardFlagWithdrawal(
    DateTimeOffset WithdrawnAt,
    string WithdrawnBy,
    string WithdrawnByAgency,
    string Reason)
{
    public const int MaxReasonLength = 500;
}
