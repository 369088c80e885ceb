using EngagementBot.Domain.Engagement;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>The pack's engagement patterns as domain rules (event kinds mapped by name, checked when the pack loaded).</summary>
public static class EngagementRules
{
    public static PatternRule From(EngagementPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new PatternRule(
            pattern.Id,
            pattern.Pattern switch
            {
                EngagementPatternKind.Repeated => PatternKind.Repeated,
                EngagementPatternKind.NotSeenFor => PatternKind.NotSeenFor,
                EngagementPatternKind.Occurred => PatternKind.Occurred,
                _ => PatternKind.Agencies,
            },
            (pattern.Events ?? []).Select(KindOf).ToHashSet(),
            pattern.AtLeast,
            pattern.WithinDays ?? 0,
            pattern.QuietDays,
            pattern.TellManager);
    }

    /// <summary>The log's kind of the same name.</summary>
    public static EngagementKind KindOf(LoggedEvent logged) => Enum.Parse<EngagementKind>(logged.ToString());
}
