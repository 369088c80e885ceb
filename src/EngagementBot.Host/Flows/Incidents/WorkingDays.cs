namespace EngagementBot.Host.Flows.Incidents;

/// <summary>Working days are Monday to Friday (bank holidays are not known here).</summary>
public static class WorkingDays
{
    /// <summary><paramref name="days"/> working days after <paramref name="from"/>, at the same time of day.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var at = from;
        while (days > 0)
        {
            at = at.AddDays(1);
            if (at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return at;
    }
}
