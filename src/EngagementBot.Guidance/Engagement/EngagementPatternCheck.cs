using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Engagement;

/// <summary>
/// Checks a pack's engagement patterns once, when the pack is loaded, so a broken board pack stops the bot
/// at start-up with the pattern named instead of never prompting (or prompting on every event).
/// </summary>
public static class EngagementPatternCheck
{
    /// <summary>Longest look-back or quiet window a pattern may set (a year).</summary>
    public const int MaxDays = 366;

    /// <exception cref="InvalidDataException">A pattern's fields do not fit its kind: events missing,
    /// repeated or given where none belong; a threshold or window out of range.</exception>
    public static void Validate(ProcedurePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        foreach (var pattern in pack.EngagementPatterns)
        {
            if (Problem(pattern) is { } problem)
            {
                throw new InvalidDataException($"Engagement pattern '{pattern.Id}' of pack '{pack.Id}': {problem}.");
            }
        }
    }

    private static string? Problem(EngagementPattern pattern)
    {
        var events = pattern.Events ?? [];
        var needsEvents = pattern.Pattern != EngagementPatternKind.NotSeenFor;
        if (needsEvents && (events.Count == 0 || events.Distinct().Count() != events.Count))
        {
            return "it needs a list of events, each named once";
        }

        if (!needsEvents && events.Count > 0)
        {
            return "a not-seen pattern counts days, so it takes no events";
        }

        if (needsEvents && pattern.WithinDays is not (>= 1 and <= MaxDays))
        {
            return $"withinDays must be 1 to {MaxDays}";
        }

        if (!needsEvents && pattern.WithinDays is not null)
        {
            return "a not-seen pattern takes no withinDays";
        }

        if (pattern.QuietDays is < 1 or > MaxDays)
        {
            return $"quietDays must be 1 to {MaxDays}";
        }

        return pattern.Pattern switch
        {
            EngagementPatternKind.Occurred when pattern.AtLeast != 1 => "an occurred pattern fires on one event, so atLeast is 1",
            EngagementPatternKind.Repeated or EngagementPatternKind.Agencies when pattern.AtLeast < 2 => "atLeast must be 2 or more (one event is an occurred pattern)",
            EngagementPatternKind.NotSeenFor when pattern.AtLeast is < 1 or > MaxDays => $"atLeast (days not seen) must be 1 to {MaxDays}",
            _ => null,
        };
    }
}
