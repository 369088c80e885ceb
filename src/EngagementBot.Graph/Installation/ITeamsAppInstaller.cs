namespace EngagementBot.Graph.Installation;

/// <summary>Makes sure our Teams app is installed in a user's personal scope, so the bot can message them proactively.</summary>
public interface ITeamsAppInstaller
{
    /// <summary>
    /// Looks for the app (<c>Graph:TeamsAppId</c>) among the user's installed apps and installs it
    /// when missing. Idempotent: a 409 Conflict on install means someone else got there first.
    /// </summary>
    Task<TeamsAppInstallOutcome> EnsureInstalledForUserAsync(string userAadObjectId, CancellationToken cancellationToken);
}
