namespace EngagementBot.Guidance.Model;

/// <summary>What an <see cref="EngagementPattern"/> watches for.</summary>
public enum EngagementPatternKind
{
    /// <summary>At least <c>atLeast</c> events of the listed kinds in the last <c>withinDays</c> days.</summary>
    Repeated,

    /// <summary>The person at risk not seen for at least <c>atLeast</c> days (no events list).</summary>
    NotSeenFor,

    /// <summary>An event of the listed kinds was just logged (<c>atLeast</c> is 1), for a day in the last <c>withinDays</c> days.</summary>
    Occurred,

    /// <summary>At least <c>atLeast</c> different agencies logged the listed kinds (or raised a hazard flag) in the last <c>withinDays</c> days.</summary>
    Agencies,
}
