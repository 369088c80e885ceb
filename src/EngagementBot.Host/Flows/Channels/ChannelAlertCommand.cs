using System.Text.RegularExpressions;

namespace EngagementBot.Host.Flows.Channels;

/// <summary>What an <c>alerts …</c> message asks for: on (with an area), off, status, or how to use it.</summary>
public sealed partial record ChannelAlertCommand(ChannelAlertVerb Verb, string? Area)
{
    /// <summary>The command in <paramref name="text"/> (the bot's mention already removed); null when it is not an <c>alerts</c> command.</summary>
    public static ChannelAlertCommand? Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var area = match.Groups["area"].Value.Trim().Trim('"', '\'', '<', '>').Trim();
        return match.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "on" => new ChannelAlertCommand(ChannelAlertVerb.On, area.Length > 0 ? area : null),
            "off" => new ChannelAlertCommand(ChannelAlertVerb.Off, null),
            "status" => new ChannelAlertCommand(ChannelAlertVerb.Status, null),
            _ => new ChannelAlertCommand(ChannelAlertVerb.Usage, null),
        };
    }

    [GeneratedRegex(@"^alerts\b\s*(?<verb>on|off|status|help)?\b\s*(?:area\s*[=:]?\s*)?(?<area>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Pattern();
}

public enum ChannelAlertVerb
{
    On,
    Off,
    Status,
    Usage,
}
