namespace EngagementBot.Graph.Installation;

public enum TeamsAppInstallOutcome
{
    /// <summary>The app was already installed for the user (found, or Graph answered 409 Conflict).</summary>
    AlreadyInstalled,

    /// <summary>The app was installed now; Teams will send the bot an installation update.</summary>
    Installed,

    /// <summary>Graph is off: nothing was installed or checked; the app may or may not be there.</summary>
    NotChecked,
}
