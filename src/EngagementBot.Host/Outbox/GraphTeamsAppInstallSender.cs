using EngagementBot.Domain.Outbox;
using EngagementBot.Graph.Installation;
using EngagementBot.Graph.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Delivers <see cref="TeamsAppInstallPayload"/>s (kind <c>graph.teamsAppInstall</c>): installs the app for a user if needed.</summary>
public sealed class GraphTeamsAppInstallSender(ITeamsAppInstaller installer) : IOutboxSender
{
    public string Kind => GraphOutboxKinds.TeamsAppInstall;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Read<TeamsAppInstallPayload>(message);
        return GraphDeliveryFailures.RunAsync(() => installer.EnsureInstalledForUserAsync(payload.UserAadObjectId, cancellationToken));
    }
}
