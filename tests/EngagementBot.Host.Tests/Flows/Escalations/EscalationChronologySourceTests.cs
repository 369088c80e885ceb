using EngagementBot.Dialogs.Composition;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Escalations;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Engagement;
using EngagementBot.Host.Flows.Escalations;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using EngagementBot.Testing;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Host.Tests.Flows.Escalations;

public sealed class EscalationChronologySourceTests
{
    private const string Case = "SC-0042-1";

    // 23:30 UTC on 30 June is already 1 July in London (BST).
    private static readonly DateTimeOffset RaisedLateEvening = new(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task EntriesAsync_RecordWithActions_NamesConcernAndPackActionLabelsOnLocalDay()
    {
        var source = Source(Record(
            actions: [new("arrange-joint-visit", ActionOwner.Me, new DateOnly(2026, 7, 3)), new("ask-police-to-check", ActionOwner.Me, new DateOnly(2026, 7, 2))]));

        var entry = Assert.Single(await source.EntriesAsync(Case, CancellationToken.None));

        Assert.Equal("Escalation", entry.Source);
        Assert.Equal(new DateOnly(2026, 7, 1), entry.Day);
        Assert.Equal(RaisedLateEvening, entry.Order);
        Assert.Equal("Escalation raised: access refused (Joint visit; Police urgent check)", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_SameActionTwice_ListsItOnce()
    {
        var source = Source(Record(
            actions: [new("arrange-joint-visit", ActionOwner.Me, new DateOnly(2026, 7, 3)), new("arrange-joint-visit", ActionOwner.Manager, new DateOnly(2026, 7, 4))]));

        var entry = Assert.Single(await source.EntriesAsync(Case, CancellationToken.None));

        Assert.Equal("Escalation raised: access refused (Joint visit)", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_NoActions_NamesOnlyTheConcern()
    {
        var source = Source(Record(actions: []));

        var entry = Assert.Single(await source.EntriesAsync(Case, CancellationToken.None));

        Assert.Equal("Escalation raised: access refused", entry.What);
    }

    [Fact]
    public async Task EntriesAsync_FreeTextInTheRecord_NeverReachesTheEntry()
    {
        var record = Record(actions: [new("arrange-joint-visit", ActionOwner.Me, new DateOnly(2026, 7, 3))]) with
        {
            RaisedBy = new EscalationRaiser("aad-1", "user-1", "Jo Bloggs", new ConversationRef("msteams", "a:1")),
            Path = [new EscalationStep("start"), new EscalationStep("worried-wellbeing", "Mum said she would hurt him")],
        };

        var entry = Assert.Single(await Source(record).EntriesAsync(Case, CancellationToken.None));

        Assert.DoesNotContain("Jo Bloggs", entry.What, StringComparison.Ordinal);
        Assert.DoesNotContain("hurt", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesAsync_UnknownActionInPack_FallsBackToTheActionId()
    {
        var source = Source(Record(actions: [new("retired-action", ActionOwner.Me, new DateOnly(2026, 7, 3))]));

        var entry = Assert.Single(await source.EntriesAsync(Case, CancellationToken.None));

        Assert.Equal("Escalation raised: access refused (retired-action)", entry.What);
    }

    private static EscalationChronologySource Source(params EscalationRecord[] records)
    {
        var store = new Mock<IEscalationStore>(MockBehavior.Strict);
        store.Setup(s => s.ForCaseAsync(Case, It.IsAny<CancellationToken>())).ReturnsAsync(records);
        var packs = PackCatalog.Load(Path.Combine(RepoPaths.Seeds, "packs"), "forth-valley-children");
        var clock = new EngagementClock(Options.Create(new DialogOptions { TimeZone = "Europe/London" }), new ManualClock(RaisedLateEvening));
        return new EscalationChronologySource(store.Object, packs, clock);
    }

    private static EscalationRecord Record(IReadOnlyList<EscalationAction> actions) => new(
        Guid.NewGuid(),
        Case,
        "North",
        "forth-valley-children",
        "access-refused",
        new EscalationRaiser("aad-1", "user-1", null, new ConversationRef("msteams", "a:1")),
        [new EscalationStep("start")],
        [],
        actions,
        "escalation-recorded",
        RaisedLateEvening);
}
