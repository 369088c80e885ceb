namespace EngagementBot.Domain.Visits;

/// <summary>
/// Visit plans, kept as a record: stored once, never changed or deleted. Case references are matched
/// ignoring letter case. Times are kept to the millisecond and read back in UTC.
/// </summary>
public interface IVisitPlanStore
{
    /// <summary>
    /// Stores a plan (checked with <see cref="VisitPlan.EnsureValid"/>). Idempotent by id: returns false,
    /// changing nothing, when the id is stored already.
    /// </summary>
    /// <exception cref="ArgumentException">The plan breaks a rule of <see cref="VisitPlan.EnsureValid"/>.</exception>
    Task<bool> AddAsync(VisitPlan plan, CancellationToken cancellationToken);

    Task<VisitPlan?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every plan made for the case, by anyone, oldest first (then by id).</summary>
    Task<IReadOnlyList<VisitPlan>> ForCaseAsync(string caseReference, CancellationToken cancellationToken);
}
