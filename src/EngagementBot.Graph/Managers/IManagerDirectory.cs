namespace EngagementBot.Graph.Managers;

/// <summary>Line managers from Microsoft Graph, with a configured fallback and delegates.</summary>
public interface IManagerDirectory
{
    /// <summary>
    /// The user's manager (<c>GET /users/{id}/manager</c>), or null when Graph has none (404).
    /// Throws <see cref="GraphDeliveryException"/> on any other failure.
    /// </summary>
    Task<DirectoryUser?> FindLineManagerAsync(string userAadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The line manager, or <c>Graph:FallbackManagerAadObjectId</c> when Graph has none, plus the
    /// delegates configured for whichever of them approves (<c>Graph:Delegates:{approverId}</c>).
    /// <see cref="ApproverSet.Nobody"/> when there is neither a manager nor a fallback.
    /// </summary>
    Task<ApproverSet> ResolveApproversAsync(string userAadObjectId, CancellationToken cancellationToken);
}
