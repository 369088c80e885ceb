using EngagementBot.Graph.Configuration;
using EngagementBot.Graph.Managers;
using Microsoft.Extensions.Options;

namespace EngagementBot.Graph.NotConfigured;

/// <summary>
/// The manager directory while <c>Graph:Enabled</c> is false: nobody's line manager is known, so
/// approvers are the configured ones only (<c>Graph:FallbackManagerAadObjectId</c> and its
/// <c>Graph:Delegates</c>). A deployment without Graph permissions (and the Agents Playground) still
/// reaches a named manager this way.
/// </summary>
internal sealed class ConfiguredManagerDirectory(IOptions<GraphOptions> options) : IManagerDirectory
{
    public Task<DirectoryUser?> FindLineManagerAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        return Task.FromResult<DirectoryUser?>(null);
    }

    public Task<ApproverSet> ResolveApproversAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        return Task.FromResult(ApproverRules.Resolve(lineManager: null, userAadObjectId, options.Value));
    }
}
