using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Incidents;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private IIncidentStore Incidents => App.Get<IIncidentStore>();

    protected static Incident NewIncident(string caseReference = "CASE-1", DateTimeOffset? submittedAt = null, bool policeTold = true) => new(
        Guid.NewGuid(),
        caseReference,
        Area: "North",
        PackId: "cwm-taf-children",
        new IncidentReporter("aad-worker", "29:worker", "Sam Worker", new ConversationRef("msteams", "a:personal-1")),
        OccurredAt: T0.AddHours(-2),
        Venue: "home",
        Location: "Front garden",
        Behaviours: ["shouting", "threats-to-kill"],
        OtherBehaviour: "Blocked the door",
        Narrative: "The father shouted and said he would kill me.",
        AnyoneHurt: false,
        AtRiskSeen: true,
        AtRiskSeemed: "Quiet and watchful",
        PoliceMustBeTold: true,
        PoliceTold: policeTold,
        CrimeReference: policeTold ? "CR/1234/26" : null,
        SubmittedAt: submittedAt ?? T0);

    private static void AssertSameIncident(Incident expected, Incident? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Behaviours = [] }, actual with { Behaviours = [] });
        Assert.Equal(expected.Behaviours, actual.Behaviours);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddAsync_NewIncident_FindReturnsEveryField(bool policeTold)
    {
        var incident = NewIncident(policeTold: policeTold);

        Assert.True(await Incidents.AddAsync(incident, CancellationToken.None));

        AssertSameIncident(incident, await Incidents.FindAsync(incident.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_OptionalTextsMissing_ReadBackAsNull()
    {
        var incident = NewIncident() with { Area = null, Location = null, OtherBehaviour = null, AtRiskSeemed = null, Reporter = NewIncident().Reporter with { DisplayName = null } };

        await Incidents.AddAsync(incident, CancellationToken.None);

        AssertSameIncident(incident, await Incidents.FindAsync(incident.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SameIdAgain_ReturnsFalseAndKeepsTheFirst()
    {
        var incident = NewIncident();
        await Incidents.AddAsync(incident, CancellationToken.None);

        Assert.False(await Incidents.AddAsync(incident with { Narrative = "changed" }, CancellationToken.None));

        AssertSameIncident(incident, await Incidents.FindAsync(incident.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_CrimeReferenceWithoutPolice_IsRefused()
    {
        var incident = NewIncident(policeTold: false) with { CrimeReference = "CR/1" };

        await Assert.ThrowsAsync<ArgumentException>(() => Incidents.AddAsync(incident, CancellationToken.None));
    }

    [Fact]
    public async Task ForCaseAsync_IgnoresCase_OldestFirstAndOnlyThatCase()
    {
        var later = NewIncident("CASE-7", T0.AddMinutes(5));
        var first = NewIncident("case-7", T0);
        await Incidents.AddAsync(later, CancellationToken.None);
        await Incidents.AddAsync(first, CancellationToken.None);
        await Incidents.AddAsync(NewIncident("CASE-8"), CancellationToken.None);

        var found = await Incidents.ForCaseAsync("Case-7", CancellationToken.None);

        Assert.Equal([first.Id, later.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task AppendAsync_Additions_ReadBackOldestFirstAndLeaveTheIncidentAsItWas()
    {
        var incident = NewIncident();
        await Incidents.AddAsync(incident, CancellationToken.None);
        var second = new IncidentAddition(Guid.NewGuid(), incident.Id, "Police gave reference CR/9", "aad-worker", "msteams|a:personal-1", T0.AddDays(1));
        var first = new IncidentAddition(Guid.NewGuid(), incident.Id, "Manager spoke to the family", "aad-manager", "msteams|a:personal-2", T0.AddHours(3));

        Assert.True(await Incidents.AppendAsync(second, CancellationToken.None));
        Assert.True(await Incidents.AppendAsync(first, CancellationToken.None));
        Assert.False(await Incidents.AppendAsync(first, CancellationToken.None));

        Assert.Equal([first, second], await Incidents.AdditionsAsync(incident.Id, CancellationToken.None));
        AssertSameIncident(incident, await Incidents.FindAsync(incident.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_UnknownIncident_Throws()
    {
        var addition = new IncidentAddition(Guid.NewGuid(), Guid.NewGuid(), "text", "aad-worker", "msteams|a:1", T0);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Incidents.AppendAsync(addition, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_AfterRestart_IncidentIsStillThere()
    {
        var incident = NewIncident();
        await Incidents.AddAsync(incident, CancellationToken.None);

        var restarted = await RestartAsync(App);

        AssertSameIncident(incident, await restarted.Get<IIncidentStore>().FindAsync(incident.Id, CancellationToken.None));
    }
}
