namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>A person in the Playground's mock tenant: its user id, display name and directory object id.</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId);

/// <summary>
/// The mock tenant of <c>tools/playground/m365agentsplayground.yml</c>, which the bot's Development
/// settings (<c>appsettings.Development.json</c>) are written for.
/// </summary>
public static class PlaygroundCast
{
    /// <summary>The practitioner: the Playground's current user, chatting in <see cref="PersonalChat"/>.</summary>
    public static readonly PlaygroundUser Alex = new("user-id-0", "Alex Wilber", "00000000-0000-0000-0000-0000000000020");

    /// <summary>Alex's line manager (the configured fallback manager): approval and alert cards go to her.</summary>
    public static readonly PlaygroundUser Megan = new("00000000-0000-0000-0000-0000000000021", "Megan Bowen", "00000000-0000-0000-0000-0000000000021");

    public const string PersonalChat = "personal-chat-alex";

    /// <summary>The team's "Risk alerts" channel.</summary>
    public const string AlertsChannel = "channel-alerts-id";

    public const string BotId = "00000000-0000-0000-0000-00000000000011";

    public const string BotName = "EngagementBot";

    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
}
