namespace EngagementBot.Domain.Cases;

/// <summary>The orders every store returns flags in, defined once so all providers agree.</summary>
public static class HazardFlagOrder
{
    /// <summary>For a visit plan: most severe first, then the most recently raised, then by id.</summary>
    public static IComparer<HazardFlag> MostSeriousFirst { get; } = Comparer<HazardFlag>.Create(static (a, b) =>
    {
        var bySeverity = b.Severity.CompareTo(a.Severity);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byRaised = b.RaisedAt.CompareTo(a.RaisedAt);
        return byRaised != 0 ? byRaised : a.Id.CompareTo(b.Id);
    });

    /// <summary>For the record of a case: in the order raised (oldest first), then by id.</summary>
    public static IComparer<HazardFlag> OldestFirst { get; } = Comparer<HazardFlag>.Create(static (a, b) =>
    {
        var byRaised = a.RaisedAt.CompareTo(b.RaisedAt);
        return byRaised != 0 ? byRaised : a.Id.CompareTo(b.Id);
    });
}
