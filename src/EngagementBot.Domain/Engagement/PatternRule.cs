namespace EngagementBot.Domain.Engagement;

/// <summary>
/// A pattern in a case's engagement that should make the worker (and, when <see cref="TellManager"/>, their
/// manager) consider escalating. Rules come from the procedure pack; once a rule prompts on a case it stays
/// quiet on that case for <see cref="QuietDays"/> days.
/// </summary>
public sealed record PatternRule(
    string Id,
    PatternKind Kind,
    IReadOnlySet<EngagementKind> Events,
    int AtLeast,
    int WithinDays,
    int QuietDays,
    bool TellManager)
{
    /// <summary>
    /// Whether the rule holds on <paramref name="today"/> just after <paramref name="logged"/> was logged
    /// (<paramref name="facts"/> include it). Logging that the person was seen never fires a not-seen rule.
    /// </summary>
    public bool Holds(CaseFacts facts, EngagementEvent logged, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(logged);
        return Kind switch
        {
            PatternKind.Repeated => facts.Within(WithinDays, today, Events).Count() >= AtLeast,
            PatternKind.NotSeenFor => logged.Kind != EngagementKind.SeenAlone && facts.DaysNotSeen(today) >= AtLeast,
            PatternKind.Occurred => Events.Contains(logged.Kind) && logged.OccurredOn > today.AddDays(-WithinDays),
            PatternKind.Agencies => facts.HostileAgencies(WithinDays, today, Events).Count >= AtLeast,
            _ => false,
        };
    }
}
