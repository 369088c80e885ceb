using EngagementBot.Host.Flows.Incidents;

namespace EngagementBot.Host.Tests.Flows.Incidents;

public class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-23T10:00:00Z", 2, "2026-11-25T10:00:00Z")] // Monday -> Wednesday
    [InlineData("2026-11-26T10:00:00Z", 2, "2026-11-30T10:00:00Z")] // Thursday -> Monday
    [InlineData("2026-11-28T10:00:00Z", 1, "2026-11-30T10:00:00Z")] // Saturday -> Monday
    [InlineData("2026-11-27T16:00:00Z", 0, "2026-11-27T16:00:00Z")]
    public void Add_SkipsWeekends(string from, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.Add(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));
}
