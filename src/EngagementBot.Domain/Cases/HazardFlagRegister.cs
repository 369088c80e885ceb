namespace EngagementBot.Domain.Cases;

/// <summary>
/// Raises, renews, withdraws and lists hazard flags at the time the injected clock says: the times on
/// the record (raised, renewed, withdrawn) and "active now" all come from one <see cref="TimeProvider"/>,
/// never from the caller.
/// </summary>
public sealed class HazardFlagRegister(IHazardFlagStore store, TimeProvider clock)
{
    /// <summary>Raises a new flag with a fresh id, raised now.</summary>
    /// <exception cref="ArgumentException">The request breaks a rule of <see cref="HazardFlag.Raise"/>.</exception>
    public async Task<HazardFlag> RaiseAsync(HazardFlagRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var flag = HazardFlag.Raise(
            Guid.NewGuid(), request.CaseReference, request.Kind, request.Severity, request.Advice,
            request.ReviewDate, request.RaisedBy, clock.GetUtcNow(), request.SourceIncidentId);
        await store.AddAsync(flag, cancellationToken);
        return flag;
    }

    public Task<HazardFlagChange> RenewAsync(Guid flagId, DateTimeOffset reviewDate, CaseActor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        return store.RenewAsync(flagId, reviewDate, by, clock.GetUtcNow(), cancellationToken);
    }

    /// <exception cref="ArgumentException">A blank or over-long reason.</exception>
    public Task<HazardFlagChange> WithdrawAsync(Guid flagId, string reason, CaseActor by, CancellationToken cancellationToken)
    {
        HazardFlag.EnsureValidReason(reason);
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        return store.WithdrawAsync(flagId, reason.Trim(), by, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The flags a visit plan on this case must show now, most serious first.</summary>
    public Task<IReadOnlyList<HazardFlag>> ActiveForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return store.ActiveForCaseAsync(caseReference, clock.GetUtcNow(), cancellationToken);
    }
}
