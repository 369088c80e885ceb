using EngagementBot.Graph.Installation;

namespace EngagementBot.Graph.NotConfigured;

/// <summary>
/// The installer while <c>Graph:Enabled</c> is false: it cannot install or check, so it says
/// <see cref="TeamsAppInstallOutcome.NotChecked"/> and the caller tries the chat anyway — which works
/// when the app reached the person another way (a Teams app setup policy, or they added it), and
/// fails at the connector otherwise (the outbox records that).
/// </summary>
internal sealed class UncheckedTeamsAppInstaller : ITeamsAppInstaller
{
    public Task<TeamsAppInstallOutcome> EnsureInstalledForUserAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        return Task.FromResult(TeamsAppInstallOutcome.NotChecked);
    }
}
