using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Engagement;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private IEngagementLog Engagement => App.Get<IEngagementLog>();

    protected static EngagementEvent NewEngagementEvent(
        string caseReference = "CASE-1",
        EngagementKind kind = EngagementKind.MissedAppointment,
        DateOnly? occurredOn = null,
        DateTimeOffset? recordedAt = null,
        string? note = "Mum said she forgot") => new(
        Guid.NewGuid(),
        caseReference,
        kind,
        occurredOn ?? DateOnly.FromDateTime(T0.UtcDateTime).AddDays(-1),
        Agency: "Health Visiting",
        RecordedBy: "aad-worker",
        new ConversationRef("msteams", "a:personal-1"),
        recordedAt ?? T0,
        note);

    private async Task<EngagementEvent> AppendEventAsync(EngagementEvent engagementEvent)
    {
        Assert.True(await Engagement.AppendAsync(engagementEvent, CancellationToken.None));
        return engagementEvent;
    }

    [Theory]
    [InlineData("Mum said she forgot")]
    [InlineData(null)]
    public async Task AppendAsync_NewEvent_FindReturnsEveryField(string? note)
    {
        var logged = await AppendEventAsync(NewEngagementEvent(note: note, kind: EngagementKind.AccessRefused));

        Assert.Equal(logged, await Engagement.FindAsync(logged.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_EveryKind_ReadsBackTheSameKind()
    {
        foreach (var kind in Enum.GetValues<EngagementKind>())
        {
            var logged = await AppendEventAsync(NewEngagementEvent(kind: kind));

            Assert.Equal(kind, (await Engagement.FindAsync(logged.Id, CancellationToken.None))!.Kind);
        }
    }

    [Fact]
    public async Task AppendAsync_SameIdAgain_ReturnsFalseAndKeepsTheFirst()
    {
        var logged = await AppendEventAsync(NewEngagementEvent());

        Assert.False(await Engagement.AppendAsync(logged with { Kind = EngagementKind.SeenAlone, Note = null }, CancellationToken.None));

        Assert.Equal(logged, await Engagement.FindAsync(logged.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_LongNote_IsRefused()
    {
        var tooLong = NewEngagementEvent(note: new string('x', EngagementEvent.MaxNoteLength + 1));

        await Assert.ThrowsAsync<ArgumentException>(() => Engagement.AppendAsync(tooLong, CancellationToken.None));
    }

    [Fact]
    public async Task ForCaseAsync_IgnoresCase_OldestDayFirstThenLoggedOrderAndOnlyThatCase()
    {
        var today = DateOnly.FromDateTime(T0.UtcDateTime);
        var laterSameDay = await AppendEventAsync(NewEngagementEvent("CASE-7", occurredOn: today, recordedAt: T0.AddMinutes(5)));
        var earlierSameDay = await AppendEventAsync(NewEngagementEvent("case-7", occurredOn: today, recordedAt: T0));
        var dayBefore = await AppendEventAsync(NewEngagementEvent("Case-7", occurredOn: today.AddDays(-3), recordedAt: T0.AddMinutes(9)));
        await AppendEventAsync(NewEngagementEvent("CASE-8"));

        var found = await Engagement.ForCaseAsync("cAsE-7", CancellationToken.None);

        Assert.Equal([dayBefore.Id, earlierSameDay.Id, laterSameDay.Id], found.Select(e => e.Id));
    }

    [Fact]
    public async Task TryRecordPromptAsync_SameRuleInsideTheQuietWindow_RecordsOnce()
    {
        var logged = await AppendEventAsync(NewEngagementEvent("CASE-9"));
        var first = new EngagementPrompt(Guid.NewGuid(), "CASE-9", "missed-appointments", logged.Id, T0);
        var again = first with { Id = Guid.NewGuid(), CaseReference = "case-9", FiredAt = T0.AddDays(3) };

        Assert.True(await Engagement.TryRecordPromptAsync(first, T0.AddDays(-30), CancellationToken.None));
        Assert.False(await Engagement.TryRecordPromptAsync(again, T0.AddDays(3 - 30), CancellationToken.None));

        Assert.Equal([first], await Engagement.PromptsForCaseAsync("Case-9", CancellationToken.None));
    }

    [Fact]
    public async Task TryRecordPromptAsync_AfterTheQuietWindowOrOtherRuleOrCase_RecordsEach()
    {
        var logged = await AppendEventAsync(NewEngagementEvent("CASE-10"));
        var first = new EngagementPrompt(Guid.NewGuid(), "CASE-10", "missed-appointments", logged.Id, T0);
        var otherRule = first with { Id = Guid.NewGuid(), RuleId = "access-refused", FiredAt = T0.AddMinutes(1) };
        var otherCase = first with { Id = Guid.NewGuid(), CaseReference = "CASE-11" };
        var later = first with { Id = Guid.NewGuid(), FiredAt = T0.AddDays(31) };

        Assert.True(await Engagement.TryRecordPromptAsync(first, T0.AddDays(-30), CancellationToken.None));
        Assert.True(await Engagement.TryRecordPromptAsync(otherRule, T0.AddDays(-30), CancellationToken.None));
        Assert.True(await Engagement.TryRecordPromptAsync(otherCase, T0.AddDays(-30), CancellationToken.None));
        Assert.True(await Engagement.TryRecordPromptAsync(later, T0.AddDays(1), CancellationToken.None));

        Assert.Equal([first, otherRule, later], await Engagement.PromptsForCaseAsync("CASE-10", CancellationToken.None));
    }

    [Fact]
    public async Task TryRecordPromptAsync_ManyAtOnce_OnlyOneRecorded()
    {
        var logged = await AppendEventAsync(NewEngagementEvent("CASE-12"));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => Engagement.TryRecordPromptAsync(
            new EngagementPrompt(Guid.NewGuid(), "CASE-12", "not-seen", logged.Id, T0.AddSeconds(i)), T0.AddDays(-14), CancellationToken.None))));

        Assert.Single(results, recorded => recorded);
        Assert.Single(await Engagement.PromptsForCaseAsync("CASE-12", CancellationToken.None));
    }

    [Fact]
    public async Task Schema_UpdateOrDeleteOfAnEvent_IsRefused()
    {
        var logged = await AppendEventAsync(NewEngagementEvent());
        var id = Database is Sqlite.SqliteTestDatabase ? $"'{logged.Id:D}'" : $"'{logged.Id:D}'::uuid";

        await Assert.ThrowsAnyAsync<Exception>(() => Database.ScalarAsync($"UPDATE engagement_events SET kind = 'seen-alone' WHERE id = {id};"));
        await Assert.ThrowsAnyAsync<Exception>(() => Database.ScalarAsync($"DELETE FROM engagement_events WHERE id = {id};"));

        Assert.Equal(logged, await Engagement.FindAsync(logged.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_AfterRestart_EventIsStillThere()
    {
        var logged = await AppendEventAsync(NewEngagementEvent());

        var restarted = await RestartAsync(App);

        Assert.Equal(logged, await restarted.Get<IEngagementLog>().FindAsync(logged.Id, CancellationToken.None));
    }
}
