namespace EngagementBot.Domain.Engagement;

/// <summary>
/// What is known about a case's engagement, from every agency: the engagement log, the days the person at
/// risk was seen according to other records (an incident report saying they were seen), and hostility
/// reported by agencies outside the log (a hazard flag an agency raised). Counts for summaries and pattern
/// rules are read from here; days are local calendar days.
/// </summary>
public sealed record CaseFacts(
    IReadOnlyList<EngagementEvent> Events,
    IReadOnlyList<DateOnly> SeenElsewhere,
    IReadOnlyList<AgencyReport> HostilityElsewhere)
{
    /// <summary>Events of the given kinds on days in (<paramref name="today"/> − <paramref name="days"/>, <paramref name="today"/>].</summary>
    public IEnumerable<EngagementEvent> Within(int days, DateOnly today, IReadOnlySet<EngagementKind>? kinds = null)
    {
        var from = today.AddDays(-days);
        return Events.Where(e => e.OccurredOn > from && e.OccurredOn <= today && (kinds is null || kinds.Contains(e.Kind)));
    }

    /// <summary>
    /// The day from which the person at risk counts as not seen: the last day anyone saw them (a
    /// <see cref="EngagementKind.SeenAlone"/> event or another record); when nobody ever has, the first day a
    /// visit failed to see them (not seen, no access, access refused). Null when neither is known.
    /// </summary>
    public DateOnly? NotSeenSince()
    {
        var seen = Events.Where(e => e.Kind == EngagementKind.SeenAlone).Select(e => e.OccurredOn).Concat(SeenElsewhere).ToList();
        if (seen.Count > 0)
        {
            return seen.Max();
        }

        var missed = Events
            .Where(e => e.Kind is EngagementKind.NotSeen or EngagementKind.NoAccess or EngagementKind.AccessRefused)
            .Select(e => e.OccurredOn)
            .ToList();
        return missed.Count > 0 ? missed.Min() : null;
    }

    /// <summary>Whole days since <see cref="NotSeenSince"/> (0 when seen today); null when it is unknown.</summary>
    public int? DaysNotSeen(DateOnly today) =>
        NotSeenSince() is { } since ? Math.Max(0, today.DayNumber - since.DayNumber) : null;

    /// <summary>The agencies that reported hostility (<see cref="EngagementVocabulary.IsHostile"/> events, or reports from elsewhere) in the window, by name ignoring case.</summary>
    public IReadOnlyList<string> HostileAgencies(int days, DateOnly today, IReadOnlySet<EngagementKind>? kinds = null)
    {
        var from = today.AddDays(-days);
        return Within(days, today, kinds ?? HostileKinds).Select(e => e.Agency)
            .Concat(HostilityElsewhere.Where(r => r.Day > from && r.Day <= today).Select(r => r.Agency))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static readonly IReadOnlySet<EngagementKind> HostileKinds =
        Enum.GetValues<EngagementKind>().Where(EngagementVocabulary.IsHostile).ToHashSet();
}

/// <summary>An agency's report on a day (the agency's name as configured, never a person).</summary>
public sealed record AgencyReport(DateOnly Day, string Agency);
