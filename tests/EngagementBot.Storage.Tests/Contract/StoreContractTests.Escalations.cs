using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Escalations;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private IEscalationStore Escalations => App.Get<IEscalationStore>();

    protected static EscalationRecord NewEscalation(string caseReference = "CASE-1", DateTimeOffset? raisedAt = null) => new(
        Guid.NewGuid(),
        caseReference,
        Area: "North",
        PackId: "forth-valley-children",
        Concern: "non-engagement",
        new EscalationRaiser("aad-worker", "29:worker", "Sam Worker", new ConversationRef("msteams", "a:personal-1")),
        Path: [new("start"), new("worried-wellbeing", "yes"), new("act-on-plan"), new("escalation-recorded")],
        Evidence: ["missed-appointments", "deflecting"],
        Actions: [new("act-on-plan", ActionOwner.Me, new DateOnly(2026, 3, 9)), new("arrange-joint-visit", ActionOwner.OtherAgency, new DateOnly(2026, 3, 4))],
        Outcome: "escalation-recorded",
        RaisedAt: raisedAt ?? T0);

    private static EscalationDecision Decision(EscalationVerdict verdict, string by = "aad-manager") =>
        new(verdict, by, "Morgan Manager", verdict == EscalationVerdict.Change ? "Add a review date" : null, T0.AddMinutes(5));

    private static EscalationCard Card(string recipient = "aad-manager", bool canDecide = true) =>
        new(new ConversationRef("msteams", "a:manager-chat"), "activity-1", recipient, canDecide, T0.AddMinutes(1));

    private static void AssertSameEscalation(EscalationRecord expected, EscalationRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Actions, actual.Actions);
        Assert.Equal(expected.Cards, actual.Cards);
        Assert.Equal(
            expected with { Path = [], Evidence = [], Actions = [], PostedCards = null },
            actual with { Path = [], Evidence = [], Actions = [], PostedCards = null });
    }

    [Fact]
    public async Task EscalationAddAsync_NewEscalation_FindReturnsEveryField()
    {
        var record = NewEscalation();

        Assert.True(await Escalations.AddAsync(record, CancellationToken.None));

        AssertSameEscalation(record with { PostedCards = [] }, await Escalations.FindAsync(record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task EscalationAddAsync_OptionalsMissing_ReadBackAsNullOrEmpty()
    {
        var record = NewEscalation() with { Area = null, Evidence = [], Actions = [], RaisedBy = NewEscalation().RaisedBy with { DisplayName = null } };

        await Escalations.AddAsync(record, CancellationToken.None);

        AssertSameEscalation(record with { PostedCards = [] }, await Escalations.FindAsync(record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task EscalationAddAsync_SameIdAgain_ReturnsFalseAndKeepsTheFirst()
    {
        var record = NewEscalation();
        await Escalations.AddAsync(record, CancellationToken.None);

        Assert.False(await Escalations.AddAsync(record with { Concern = "access-refused" }, CancellationToken.None));

        Assert.Equal("non-engagement", (await Escalations.FindAsync(record.Id, CancellationToken.None))!.Concern);
    }

    [Fact]
    public async Task EscalationAddAsync_PathNamesANodeTwice_Throws()
    {
        var record = NewEscalation() with { Path = [new("start"), new("start")] };

        await Assert.ThrowsAsync<ArgumentException>(() => Escalations.AddAsync(record, CancellationToken.None));
    }

    [Fact]
    public async Task EscalationForCaseAsync_SeveralCases_OnlyThatCaseOldestFirstIgnoringCase()
    {
        var later = NewEscalation("case-7", T0.AddDays(2));
        var earlier = NewEscalation("CASE-7", T0);
        var other = NewEscalation("CASE-8", T0.AddDays(1));
        foreach (var record in new[] { later, other, earlier })
        {
            await Escalations.AddAsync(record, CancellationToken.None);
        }

        var found = await Escalations.ForCaseAsync("Case-7", CancellationToken.None);

        Assert.Equal([earlier.Id, later.Id], found.Select(r => r.Id));
    }

    [Fact]
    public async Task EscalationFindAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Escalations.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task EscalationDecideAsync_First_WinsAndIsStored()
    {
        var record = NewEscalation();
        await Escalations.AddAsync(record, CancellationToken.None);

        var result = await Escalations.DecideAsync(record.Id, Decision(EscalationVerdict.Change), CancellationToken.None);

        Assert.NotNull(result);
        Assert.True(result.Won);
        Assert.Equal(Decision(EscalationVerdict.Change), result.Record.Decision);
        Assert.Equal(Decision(EscalationVerdict.Change), (await Escalations.FindAsync(record.Id, CancellationToken.None))!.Decision);
    }

    [Fact]
    public async Task EscalationDecideAsync_Second_LosesAndSeesTheFirst()
    {
        var record = NewEscalation();
        await Escalations.AddAsync(record, CancellationToken.None);
        await Escalations.DecideAsync(record.Id, Decision(EscalationVerdict.Agree), CancellationToken.None);

        var second = await Escalations.DecideAsync(record.Id, Decision(EscalationVerdict.Supervision, "aad-delegate"), CancellationToken.None);

        Assert.False(second!.Won);
        Assert.Equal(EscalationVerdict.Agree, second.Record.Decision!.Verdict);
        Assert.Equal("aad-manager", second.Record.Decision.DecidedBy);
    }

    [Fact]
    public async Task EscalationDecideAsync_ConcurrentDecisions_ExactlyOneWins()
    {
        var record = NewEscalation();
        await Escalations.AddAsync(record, CancellationToken.None);
        var other = App.Get<IEscalationStore>();

        var results = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? Escalations : other).DecideAsync(
                record.Id, Decision(i % 3 == 0 ? EscalationVerdict.Agree : EscalationVerdict.Change, $"aad-{i}"), CancellationToken.None)));

        var winner = Assert.Single(results, r => r!.Won);
        Assert.All(results, r => Assert.Equal(winner!.Record.Decision, r!.Record.Decision));
    }

    [Fact]
    public async Task EscalationDecideAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Escalations.DecideAsync(Guid.NewGuid(), Decision(EscalationVerdict.Agree), CancellationToken.None));
    }

    [Fact]
    public async Task EscalationAddPostedCardAsync_NewRecipient_ReadBackWithTheRecord()
    {
        var record = NewEscalation();
        await Escalations.AddAsync(record, CancellationToken.None);

        Assert.True(await Escalations.AddPostedCardAsync(record.Id, Card(), CancellationToken.None));
        Assert.True(await Escalations.AddPostedCardAsync(record.Id, Card("aad-worker", canDecide: false) with { PostedAt = T0.AddMinutes(2) }, CancellationToken.None));

        var found = await Escalations.FindAsync(record.Id, CancellationToken.None);
        Assert.Equal([Card(), Card("aad-worker", canDecide: false) with { PostedAt = T0.AddMinutes(2) }], found!.Cards);
        Assert.True(found.IsDecider("AAD-MANAGER"));
        Assert.False(found.IsDecider("aad-worker"));
        Assert.Single((await Escalations.ForCaseAsync(record.CaseReference, CancellationToken.None))[0].Cards, c => c.CanDecide);
    }

    [Fact]
    public async Task EscalationAddPostedCardAsync_SameRecipientAgain_ReturnsFalse()
    {
        var record = NewEscalation();
        await Escalations.AddAsync(record, CancellationToken.None);
        await Escalations.AddPostedCardAsync(record.Id, Card(), CancellationToken.None);

        Assert.False(await Escalations.AddPostedCardAsync(record.Id, Card("AAD-Manager") with { ActivityId = "activity-2" }, CancellationToken.None));

        Assert.Equal("activity-1", Assert.Single((await Escalations.FindAsync(record.Id, CancellationToken.None))!.Cards).ActivityId);
    }

    [Fact]
    public async Task EscalationAddPostedCardAsync_UnknownRecord_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Escalations.AddPostedCardAsync(Guid.NewGuid(), Card(), CancellationToken.None));
    }
}
