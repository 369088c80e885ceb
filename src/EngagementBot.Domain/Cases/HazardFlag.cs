namespace EngagementBot.Domain.Cases;

/// <summary>
/// A warning on a case that every later visit plan, by any agency, shows: the minimum needed to keep
/// workers safe (kind, severity, advice, review date), never narrative or names. Attributable to who
/// raised it, renewed it and withdrew it.
/// <list type="bullet">
/// <item>Active while not withdrawn and <see cref="ReviewDate"/> is still ahead; at the review date it
/// expires unless renewed.</item>
/// <item>Renewing moves the review date later and is recorded in <see cref="Renewals"/>.</item>
/// <item>Flags are never deleted: withdrawing is recorded in <see cref="Withdrawal"/> and is final.</item>
/// </list>
/// Build new flags with <see cref="Raise"/>, which checks them; the constructor is for stores reading
/// back what they hold.
/// </summary>
public sealed record HazardFlag(
    Guid Id,
    string CaseReference,
    HazardKind Kind,
    HazardSeverity Severity,
    IReadOnlyList<HazardAdvice> Advice,
    DateTimeOffset ReviewDate,
    string RaisedBy,
    string RaisedByAgency,
    DateTimeOffset RaisedAt,
    Guid? SourceIncidentId,
    IReadOnlyList<HazardFlagRenewal> Renewals,
    HazardFlagWithdrawal? Withdrawal)
{
    /// <summary>When the flag was last renewed, or null when it never was.</summary>
    public DateTimeOffset? RenewedAt => Renewals.Count > 0 ? Renewals[^1].RenewedAt : null;

    /// <summary>
    /// A new, checked flag. Advice keeps its order; a repeated code is kept once.
    /// </summary>
    /// <exception cref="ArgumentException">A blank case reference or actor, an undefined kind, severity or
    /// advice, or a review date that is not after <paramref name="raisedAt"/>.</exception>
    public static HazardFlag Raise(
        Guid id,
        string caseReference,
        HazardKind kind,
        HazardSeverity severity,
        IEnumerable<HazardAdvice> advice,
        DateTimeOffset reviewDate,
        CaseActor raisedBy,
        DateTimeOffset raisedAt,
        Guid? sourceIncidentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(raisedBy);
        raisedBy.EnsureValid();
        EnsureDefined(kind, nameof(kind));
        EnsureDefined(severity, nameof(severity));
        var adviceList = advice.Distinct().ToList();
        foreach (var item in adviceList)
        {
            EnsureDefined(item, nameof(advice));
        }

        if (reviewDate <= raisedAt)
        {
            throw new ArgumentException("A hazard flag's review date must be after the time it is raised.", nameof(reviewDate));
        }

        return new HazardFlag(
            id, caseReference, kind, severity, adviceList, reviewDate,
            raisedBy.AadObjectId, raisedBy.Agency, raisedAt, sourceIncidentId, [], null);
    }

    /// <summary>Active at <paramref name="now"/>: not withdrawn and the review date is still ahead.</summary>
    public bool IsActiveAt(DateTimeOffset now) => StatusAt(now) == HazardFlagStatus.Active;

    public HazardFlagStatus StatusAt(DateTimeOffset now) =>
        Withdrawal is not null ? HazardFlagStatus.Withdrawn
        : now < ReviewDate ? HazardFlagStatus.Active
        : HazardFlagStatus.Expired;

    /// <summary>
    /// Whether a renewal at <paramref name="at"/> to <paramref name="reviewDate"/> is allowed: the flag is
    /// not withdrawn, and the new date is later than the current review date and than <paramref name="at"/>.
    /// An expired flag may be renewed; it becomes active again.
    /// </summary>
    public HazardFlagChangeOutcome CheckRenewal(DateTimeOffset reviewDate, DateTimeOffset at) =>
        Withdrawal is not null ? HazardFlagChangeOutcome.AlreadyWithdrawn
        : reviewDate <= ReviewDate || reviewDate <= at ? HazardFlagChangeOutcome.ReviewDateNotLater
        : HazardFlagChangeOutcome.Applied;

    /// <summary>The flag with its review date moved to <paramref name="reviewDate"/> and the renewal recorded.</summary>
    /// <exception cref="InvalidOperationException"><see cref="CheckRenewal"/> refuses the renewal.</exception>
    public HazardFlag Renew(DateTimeOffset reviewDate, CaseActor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        var outcome = CheckRenewal(reviewDate, at);
        if (outcome != HazardFlagChangeOutcome.Applied)
        {
            throw new InvalidOperationException($"Hazard flag {Id} cannot be renewed: {outcome}.");
        }

        var renewal = new HazardFlagRenewal(at, by.AadObjectId, by.Agency, ReviewDate, reviewDate);
        return this with { ReviewDate = reviewDate, Renewals = [.. Renewals, renewal] };
    }

    /// <summary>Whether the flag can be withdrawn: only once.</summary>
    public HazardFlagChangeOutcome CheckWithdrawal() =>
        Withdrawal is not null ? HazardFlagChangeOutcome.AlreadyWithdrawn : HazardFlagChangeOutcome.Applied;

    /// <summary>The flag with its withdrawal recorded. An expired flag can be withdrawn too.</summary>
    /// <exception cref="ArgumentException">A blank reason or one longer than <see cref="HazardFlagWithdrawal.MaxReasonLength"/>.</exception>
    /// <exception cref="InvalidOperationException">The flag was withdrawn already.</exception>
    public HazardFlag Withdraw(string reason, CaseActor by, DateTimeOffset at)
    {
        EnsureValidReason(reason);
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        if (CheckWithdrawal() != HazardFlagChangeOutcome.Applied)
        {
            throw new InvalidOperationException($"Hazard flag {Id} was withdrawn already.");
        }

        return this with { Withdrawal = new HazardFlagWithdrawal(at, by.AadObjectId, by.Agency, reason.Trim()) };
    }

    /// <exception cref="ArgumentException">A blank reason or one longer than <see cref="HazardFlagWithdrawal.MaxReasonLength"/>.</exception>
    public static void EnsureValidReason(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (reason.Trim().Length > HazardFlagWithdrawal.MaxReasonLength)
        {
            throw new ArgumentException(
                $"A withdrawal reason is at most {HazardFlagWithdrawal.MaxReasonLength} characters.", nameof(reason));
        }
    }

    private static void EnsureDefined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"{value} is not a defined {typeof(TEnum).Name}.", name);
        }
    }
}
