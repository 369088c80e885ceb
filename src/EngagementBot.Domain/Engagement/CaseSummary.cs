namespace EngagementBot.Domain.Engagement;

/// <summary>
/// A case's engagement over a period (the three-month summary): appointments offered and how many were
/// missed or cancelled, visits without access, how long the person at risk has gone unseen, and which
/// agencies report hostility. Built from counts only: no notes, names or places.
/// </summary>
public sealed record CaseSummary(
    DateOnly From,
    DateOnly To,
    int Appointments,
    int Missed,
    int Cancelled,
    int NoAccess,
    int AccessRefused,
    int? DaysNotSeen,
    IReadOnlyList<string> HostileAgencies,
    IReadOnlyDictionary<EngagementKind, int> Counts,
    int Agencies)
{
    /// <summary>The summary of the <paramref name="months"/> months up to and including <paramref name="today"/>.</summary>
    public static CaseSummary Build(CaseFacts facts, DateOnly today, int months = 3)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var from = today.AddMonths(-months);
        var days = today.DayNumber - from.DayNumber;
        var events = facts.Within(days, today).ToList();
        var counts = events.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        int Count(EngagementKind kind) => counts.GetValueOrDefault(kind);
        return new CaseSummary(
            from.AddDays(1),
            today,
            events.Count(e => EngagementVocabulary.IsAppointment(e.Kind)),
            Count(EngagementKind.MissedAppointment),
            Count(EngagementKind.CancelledAppointment),
            Count(EngagementKind.NoAccess),
            Count(EngagementKind.AccessRefused),
            facts.DaysNotSeen(today),
            facts.HostileAgencies(days, today),
            counts,
            events.Select(e => e.Agency).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
