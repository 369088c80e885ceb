namespace EngagementBot.Domain.Cases;

/// <summary>
/// Hazard flags on cases, kept for good: nothing here deletes a flag. Renewals and withdrawals are
/// checked with the flag's own rules (<see cref="HazardFlag.CheckRenewal"/>,
/// <see cref="HazardFlag.CheckWithdrawal"/>) and applied atomically, so two people acting on the same
/// flag at once cannot lose either's record. Case references are matched ignoring letter case.
/// Times are kept to the millisecond and read back in UTC.
/// </summary>
public interface IHazardFlagStore
{
    /// <summary>
    /// Stores a newly raised flag (no renewals, not withdrawn; anything else is an <see cref="ArgumentException"/>).
    /// Idempotent by id: returns false, changing nothing, when the id is stored already.
    /// </summary>
    Task<bool> AddAsync(HazardFlag flag, CancellationToken cancellationToken);

    /// <summary>Moves the review date of flag <paramref name="flagId"/> to <paramref name="reviewDate"/>, recording who and when.</summary>
    Task<HazardFlagChange> RenewAsync(Guid flagId, DateTimeOffset reviewDate, CaseActor by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Withdraws flag <paramref name="flagId"/> for good, recording who, when and why.</summary>
    Task<HazardFlagChange> WithdrawAsync(Guid flagId, string reason, CaseActor by, DateTimeOffset at, CancellationToken cancellationToken);

    Task<HazardFlag?> FindAsync(Guid flagId, CancellationToken cancellationToken);

    /// <summary>The flags on the case active at <paramref name="now"/>, in <see cref="HazardFlagOrder.MostSeriousFirst"/> order.</summary>
    Task<IReadOnlyList<HazardFlag>> ActiveForCaseAsync(string caseReference, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every flag ever raised on the case, expired and withdrawn ones included, in <see cref="HazardFlagOrder.OldestFirst"/> order.</summary>
    Task<IReadOnlyList<HazardFlag>> AllForCaseAsync(string caseReference, CancellationToken cancellationToken);
}
