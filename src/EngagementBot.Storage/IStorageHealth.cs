namespace EngagementBot.Storage;

/// <summary>Readiness of the storage, for the host's <c>/readyz</c>.</summary>
public interface IStorageHealth
{
    /// <summary>
    /// True when the database has been initialized and answers a query at the expected schema
    /// version; false otherwise (never throws for an unreachable database).
    /// </summary>
    Task<bool> CheckAsync(CancellationToken cancellationToken);
}
