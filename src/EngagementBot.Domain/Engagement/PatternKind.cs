namespace EngagementBot.Domain.Engagement;

/// <summary>What a <see cref="PatternRule"/> watches for.</summary>
public enum PatternKind
{
    /// <summary>At least <see cref="PatternRule.AtLeast"/> events of the rule's kinds in the last <see cref="PatternRule.WithinDays"/> days.</summary>
    Repeated,

    /// <summary>The person at risk not seen for at least <see cref="PatternRule.AtLeast"/> days.</summary>
    NotSeenFor,

    /// <summary>An event of the rule's kinds was just logged, for a day within the last <see cref="PatternRule.WithinDays"/> days.</summary>
    Occurred,

    /// <summary>At least <see cref="PatternRule.AtLeast"/> different agencies reported the rule's kinds (or hostility elsewhere) in the last <see cref="PatternRule.WithinDays"/> days.</summary>
    Agencies,
}
