namespace EngagementBot.Domain.Incidents;

/// <summary>
/// Submitted incidents, kept for good: an incident is written once (the schema refuses updates and
/// deletes) and later additions are appended. Case references are matched ignoring letter case; times
/// are kept to the millisecond and read back in UTC.
/// </summary>
public interface IIncidentStore
{
    /// <summary>
    /// Stores a submitted incident (checked with <see cref="Incident.EnsureValid"/>). Idempotent by id:
    /// false, changing nothing, when the id is stored already.
    /// </summary>
    Task<bool> AddAsync(Incident incident, CancellationToken cancellationToken);

    /// <summary>Appends an addition; idempotent by its id (false when stored already).</summary>
    /// <exception cref="KeyNotFoundException">No incident has <see cref="IncidentAddition.IncidentId"/>.</exception>
    Task<bool> AppendAsync(IncidentAddition addition, CancellationToken cancellationToken);

    Task<Incident?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The additions to an incident, oldest first.</summary>
    Task<IReadOnlyList<IncidentAddition>> AdditionsAsync(Guid incidentId, CancellationToken cancellationToken);

    /// <summary>Every incident reported on the case, oldest first.</summary>
    Task<IReadOnlyList<Incident>> ForCaseAsync(string caseReference, CancellationToken cancellationToken);
}
