using EngagementBot.Graph.Installation;

namespace EngagementBot.Graph.Outbox;

/// <summary>Outbox payload of <see cref="GraphOutboxKinds.TeamsAppInstall"/>: deliver with <see cref="ITeamsAppInstaller"/>.</summary>
public sealed record TeamsAppInstallPayload(string UserAadObjectId);
