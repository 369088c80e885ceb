using EngagementBot.Domain.Cases;

namespace EngagementBot.Domain.Tests.Cases;

public sealed class HazardFlagOrderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static HazardFlag Flag(string id, HazardSeverity severity, int raisedMinutes) =>
        HazardFlag.Raise(
            Guid.Parse(id), "CASE-1", HazardKind.Violence, severity, [], T0.AddDays(30),
            new CaseActor("aad-1", "Police"), T0.AddMinutes(raisedMinutes));

    private static readonly HazardFlag OldMedium = Flag("00000000-0000-0000-0000-000000000001", HazardSeverity.Medium, 0);
    private static readonly HazardFlag OldHigh = Flag("00000000-0000-0000-0000-000000000002", HazardSeverity.High, 1);
    private static readonly HazardFlag NewHigh = Flag("00000000-0000-0000-0000-000000000003", HazardSeverity.High, 2);
    private static readonly HazardFlag NewHighTwin = Flag("00000000-0000-0000-0000-000000000004", HazardSeverity.High, 2);
    private static readonly HazardFlag Critical = Flag("00000000-0000-0000-0000-000000000005", HazardSeverity.Critical, 3);

    [Fact]
    public void MostSeriousFirst_MixedFlags_SeverityThenNewestThenId()
    {
        var flags = new List<HazardFlag> { OldMedium, NewHighTwin, OldHigh, Critical, NewHigh };

        flags.Sort(HazardFlagOrder.MostSeriousFirst);

        Assert.Equal([Critical, NewHigh, NewHighTwin, OldHigh, OldMedium], flags);
    }

    [Fact]
    public void OldestFirst_MixedFlags_RaisedTimeThenId()
    {
        var flags = new List<HazardFlag> { Critical, NewHighTwin, OldMedium, NewHigh, OldHigh };

        flags.Sort(HazardFlagOrder.OldestFirst);

        Assert.Equal([OldMedium, OldHigh, NewHigh, NewHighTwin, Critical], flags);
    }
}
