using EngagementBot.Domain.Escalations;
using EngagementBot.Host.Flows.Escalations;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using static EngagementBot.Host.Tests.Flows.Escalations.EscalationFlowHost;

namespace EngagementBot.Host.Tests.Flows.Escalations;

/// <summary>The manager's decision card and the action reminders, through the real host with a manual clock.</summary>
public sealed class EscalationDecisionTests : IAsyncLifetime
{
    private const string CaseReference = "SC-0042-1";

    // Monday 23 November 2026, 10:00 in London (GMT).
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private EscalationFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await EscalationFlowHost.StartAsync("cwm-taf-children", _clock);

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    /// <summary>Cwm Taf, no hostility, real progress: the written agreement (mine, Wednesday) and supervision (my manager's, Thursday).</summary>
    private async Task<EscalationRecord> EscalateAsync(string evidence = "none")
    {
        await _flow.SayAsync("escalate");
        await _flow.SayAsync(CaseReference);
        await _flow.SayAsync("We were refused access");
        await _flow.SayAsync("South");
        await _flow.SayAsync(evidence);
        await _flow.SayAsync("no");
        await _flow.SayAsync("me");
        await _flow.SayAsync("Wednesday");
        await _flow.SayAsync("my manager");
        await _flow.SayAsync("Thursday");
        Assert.Contains("is recorded with 2 actions", await _flow.SayAsync("yes"), StringComparison.Ordinal);
        return await _flow.RecordedAsync(CaseReference);
    }

    private static string ManagerChat(EscalationRecord record) => record.Cards.Single(c => c.CanDecide).Conversation.ConversationId;

    [Fact]
    public async Task Invoke_ManagerAgrees_CardShowsItCopiesUpdatedAndWorkerTold()
    {
        var record = await EscalateAsync();
        Assert.Equal(["written-agreement", "supervision"], record.Actions.Select(a => a.Kind));
        Assert.Equal("access-refused", record.Concern);

        var response = await _flow.InvokeAsync(EscalationCardCommand.Agree, record.Id, Manager, ManagerName, ManagerChat(record));

        var card = response["value"]!;
        Assert.Contains($"Agreed by {ManagerName}", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(card["actions"]!.AsArray());
        var stored = (await _flow.Escalations.FindAsync(record.Id, CancellationToken.None))!;
        Assert.Equal((EscalationVerdict.Agree, Manager), (stored.Decision!.Verdict, stored.Decision.DecidedBy));
        await Eventually.TrueAsync(() => _flow.CardUpdates().Count == 1, "the manager's copy was updated in place");
        Assert.Contains($"Agreed by {ManagerName}", _flow.CardUpdates()[0].Card.ToJsonString(), StringComparison.Ordinal);
        await Eventually.TrueAsync(
            () => _flow.TextsIn(PersonalChat).Contains($"{ManagerName} agreed with your escalation for {CaseReference}."), "the worker was told");
    }

    [Fact]
    public async Task Invoke_EvidenceTicked_CardListsTheIndicatorsAsSentences()
    {
        var record = await EscalateAsync(evidence: "1 and 3");

        var card = Strings((await _flow.InvokeAsync(EscalationCardCommand.Agree, record.Id, Manager, ManagerName, ManagerChat(record)))["value"]);

        Assert.Contains("The family seems to go along with things, but it isn't real. Often late for appointments, or keeps finding reasons to miss them.", card, StringComparison.Ordinal);
        Assert.DoesNotContain(".;", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ManagerPressesTwoButtonsAtOnce_ExactlyOneDecisionWins()
    {
        var record = await EscalateAsync();
        var chat = ManagerChat(record);

        var responses = await Task.WhenAll(
            _flow.InvokeAsync(EscalationCardCommand.Agree, record.Id, Manager, ManagerName, chat),
            _flow.InvokeAsync(EscalationCardCommand.Supervision, record.Id, Manager, ManagerName, chat),
            _flow.InvokeAsync(EscalationCardCommand.Change, record.Id, Manager, ManagerName, chat, note: "Add a review date"));

        var stored = (await _flow.Escalations.FindAsync(record.Id, CancellationToken.None))!;
        var notices = responses.Select(r => Strings(r["value"])).ToList();
        Assert.Single(notices, n => n.Contains("The worker has been told.", StringComparison.Ordinal));
        Assert.Equal(2, notices.Count(n => n.Contains("so nothing more is needed", StringComparison.Ordinal)));
        Assert.All(notices, n => Assert.Contains(EscalationTexts.Status(stored), n, StringComparison.Ordinal));
        await Eventually.TrueAsync(() => _flow.TextsIn(PersonalChat).Any(t => t.Contains(CaseReference, StringComparison.Ordinal) && t.Contains(ManagerName, StringComparison.Ordinal)), "the worker was told");
        await Task.Delay(300);
        Assert.Single(_flow.TextsIn(PersonalChat), t => t.StartsWith(ManagerName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_SomeoneElse_RefusedAndNothingDecided()
    {
        var record = await EscalateAsync();

        var response = await _flow.InvokeAsync(EscalationCardCommand.Agree, record.Id, "aad-stranger", "Pat Stranger", "a:stranger-chat");

        Assert.Contains(EscalationTexts.NotDecider, Strings(response["value"]), StringComparison.Ordinal);
        Assert.Empty(response["value"]!["actions"]!.AsArray());
        Assert.True((await _flow.Escalations.FindAsync(record.Id, CancellationToken.None))!.IsPending);
    }

    [Fact]
    public async Task Invoke_ChangeWithoutANote_AsksForOneAndWaits()
    {
        var record = await EscalateAsync();

        var response = await _flow.InvokeAsync(EscalationCardCommand.Change, record.Id, Manager, ManagerName, ManagerChat(record));

        Assert.Contains(EscalationTexts.NeedNote, Strings(response["value"]), StringComparison.Ordinal);
        Assert.True((await _flow.Escalations.FindAsync(record.Id, CancellationToken.None))!.IsPending);
    }

    [Fact]
    public async Task Reminders_ActionsFallDue_EachOwnerRemindedOnTheMorningItIsDue()
    {
        var record = await EscalateAsync();
        var managerChat = ManagerChat(record);
        static bool IsReminder(string text) => text.StartsWith("Reminder:", StringComparison.Ordinal);

        _clock.Now = new DateTimeOffset(2026, 11, 25, 8, 59, 0, TimeSpan.Zero);
        await Task.Delay(400);
        Assert.DoesNotContain(_flow.TextsIn(PersonalChat), IsReminder);

        _clock.Now = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        await Eventually.TrueAsync(() => _flow.TextsIn(PersonalChat).Any(IsReminder), "the worker was reminded of their action");
        Assert.Contains("Written agreement", Assert.Single(_flow.TextsIn(PersonalChat), IsReminder), StringComparison.Ordinal);
        Assert.DoesNotContain(_flow.TextsIn(managerChat), IsReminder);

        _clock.Now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        await Eventually.TrueAsync(() => _flow.TextsIn(managerChat).Any(IsReminder), "the manager was reminded of theirs");
        Assert.Contains("Supervision and action plan", Assert.Single(_flow.TextsIn(managerChat), IsReminder), StringComparison.Ordinal);
        Assert.Single(_flow.TextsIn(PersonalChat), IsReminder);
    }
}
