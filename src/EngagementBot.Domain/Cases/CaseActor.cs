namespace EngagementBot.Domain.Cases;

/// <summary>
/// Who did something to a case record: their directory (Entra) object id, as the authenticated channel
/// reported it, and the agency they act for. Never taken from card data.
/// </summary>
public sealed record CaseActor(string AadObjectId, string Agency)
{
    /// <exception cref="ArgumentException">The id or the agency is blank.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(AadObjectId, nameof(AadObjectId));
        ArgumentException.ThrowIfNullOrWhiteSpace(Agency, nameof(Agency));
    }
}
