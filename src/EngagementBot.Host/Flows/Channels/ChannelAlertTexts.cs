namespace EngagementBot.Host.Flows.Channels;

/// <summary>What the channel commands say.</summary>
public static class ChannelAlertTexts
{
    public const string Usage =
        "Channel alert commands (mention me first): \"alerts on area=<name>\" sends this channel a new thread whenever an incident is reported or an escalation is raised for that area; \"alerts off\" stops them; \"alerts status\" says what this channel receives. They carry the case reference, kind of risk or concern, date and advice or actions only — never names or details.";

    public const string NotInChannel =
        "Risk alerts go to team channels. To set one up, go to the channel, mention me and type \"alerts on area=<name>\". In this chat you can report an incident or plan a visit — type \"help\".";

    public const string AdminsOnly =
        "Only an EngagementBot administrator can turn alerts on or off for a channel. Anyone can check with \"alerts status\".";

    public static string NeedArea(IReadOnlyList<string> areas) =>
        areas.Count == 0 ? NoAreas : $"Which area? For example \"alerts on area={areas[0]}\". Areas: {string.Join(", ", areas)}.";

    public const string NoAreas =
        "No areas are set up yet (Incidents:Areas in the configuration), so there is nothing to subscribe to.";

    public static string UnknownArea(string area, IReadOnlyList<string> areas) =>
        $"I don't know an area called \"{area}\". Areas: {string.Join(", ", areas)}.";

    public static string On(string area) =>
        $"Done — this channel will get a new thread whenever an incident is reported or an escalation is raised for {area}: case reference, kind of risk or concern, date and advice or actions only — never names or details.";

    public static string Moved(string from, string to) =>
        $"Done — this channel now gets alerts for {to} instead of {from}.";

    public static string Off(string area) => $"Done — this channel won't get risk alerts for {area} any more.";

    public const string AlreadyOff = "This channel isn't getting risk alerts, so there's nothing to turn off.";

    public static string Status(string area, DateTimeOffset since) =>
        $"This channel gets risk alerts for {area} (since {since:d MMM yyyy}).";

    public const string StatusOff = "This channel doesn't get risk alerts. An administrator can turn them on with \"alerts on area=<name>\".";
}
