using System.Text.Json.Nodes;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Sessions;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Host.Tests.Flows.Engagement;

/// <summary>The engagement log, chronology and summary through the real pipeline, storage, outbox and fakes.</summary>
public sealed class EngagementLogTranscriptTests : IAsyncLifetime
{
    private const string Case = "SC-0017-3";

    private EngagementFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await EngagementFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    private Task<IReadOnlyList<EngagementEvent>> LogAsync() => _flow.Get<IEngagementLog>().ForCaseAsync(Case, CancellationToken.None);

    [Fact]
    public async Task TypedLine_WithAddress_SaysWhatItUnderstoodDropsTheAddressAndLogsOnYes()
    {
        var understood = await _flow.SayAsync($"no access at 14 Elm case {Case}");

        Assert.Contains(understood, r => r.Contains("left out the other words", StringComparison.Ordinal));
        Assert.Contains(understood, r => r.Contains($"I understood: No answer at the door, case {Case}, Friday 20 March. Shall I log this?", StringComparison.Ordinal));
        Assert.Empty(await LogAsync());

        var logged = await _flow.SayAsync("yes");

        Assert.Contains(logged, r => r.StartsWith($"Logged: No answer at the door on case {Case}, Friday 20 March, for Health Visiting.", StringComparison.Ordinal));
        var entry = Assert.Single(await LogAsync());
        Assert.Equal((EngagementKind.NoAccess, new DateOnly(2026, 3, 20), "Health Visiting", TestActivities.UserAadObjectId, (string?)null),
            (entry.Kind, entry.OccurredOn, entry.Agency, entry.RecordedBy, entry.Note));
        Assert.DoesNotContain(understood.Concat(logged), r => r.Contains("Elm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedLine_Yesterday_LogsThatDayAndASecondYesLogsNothingMore()
    {
        Assert.Contains(await _flow.SayAsync($"missed appointment {Case} yesterday"), r => r.Contains("Missed appointment, case SC-0017-3, Thursday 19 March", StringComparison.Ordinal));
        await _flow.SayAsync("yes");

        var again = await _flow.SayAsync("yes");

        Assert.Equal(new DateOnly(2026, 3, 19), Assert.Single(await LogAsync()).OccurredOn);
        Assert.DoesNotContain(again, r => r.StartsWith("Logged:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedLine_Cancel_LogsNothing()
    {
        await _flow.SayAsync($"access refused {Case}");

        Assert.Contains(await _flow.SayAsync("cancel"), r => r == "Okay, nothing was logged.");

        Assert.Empty(await LogAsync());
        Assert.Equal(0, _flow.CountPending());
    }

    [Fact]
    public async Task TypedLine_Change_ShowsTheLogCardFilledInThenTheCardLogsIt()
    {
        await _flow.SayAsync($"child not seen {Case}");

        var change = await _flow.SayAsync("change");

        Assert.Contains(change, r => r.StartsWith("No problem.", StringComparison.Ordinal));
        var card = Assert.Single(change, r => r.Contains("\"engagement-log\"", StringComparison.Ordinal));
        Assert.Contains("\"value\":\"not-seen\"", card, StringComparison.Ordinal);
        Assert.Contains(Case, card, StringComparison.Ordinal);
        Assert.Empty(await LogAsync());

        var logged = await _flow.SubmitAsync(LogCard("seen-alone", Case, "2026-03-18", "Seen in her bedroom, talkative"));

        Assert.Contains(logged, r => r.StartsWith($"Logged: Child seen alone on case {Case}, Wednesday 18 March", StringComparison.Ordinal));
        var entry = Assert.Single(await LogAsync());
        Assert.Equal((EngagementKind.SeenAlone, "Seen in her bedroom, talkative"), (entry.Kind, entry.Note));
    }

    [Fact]
    public async Task TypedLine_ConfirmCardButtons_WorkLikeTypedAnswers()
    {
        await _flow.SayAsync($"cancelled appointment {Case}");

        await _flow.SubmitAsync(new JsonObject { ["command"] = "choice", ["prompt"] = "engagement-confirm", ["value"] = "yes" });

        Assert.Equal(EngagementKind.CancelledAppointment, Assert.Single(await LogAsync()).Kind);
    }

    [Fact]
    public async Task TypedLine_SomethingElseInstead_DropsTheDraftAndAnswersThat()
    {
        await _flow.SayAsync($"no access {Case}");

        var menu = await _flow.SayAsync("hello");

        Assert.Contains(menu, r => r.Contains("What would you like to do?", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync("yes"), r => !r.StartsWith("Logged:", StringComparison.Ordinal));
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task TypedLine_WithoutCase_AsksForItAndFutureDayIsRefused()
    {
        Assert.Contains(await _flow.SayAsync("log missed appointment yesterday"), r => r.StartsWith("Which case is this for?", StringComparison.Ordinal));
        Assert.Contains(await _flow.SayAsync($"missed appointment {Case} tomorrow"), r => r.StartsWith("That day is still to come", StringComparison.Ordinal));
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task MenuLogButton_ShowsTheLogCardWithEveryKind()
    {
        var replies = await _flow.SubmitAsync(new JsonObject { ["command"] = "log" });

        var card = Assert.Single(replies, r => r.Contains("\"engagement-log\"", StringComparison.Ordinal));
        foreach (var code in EngagementVocabulary.Kinds.Terms.Select(t => t.Code))
        {
            Assert.Contains($"\"{code}\"", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LogCard_BadCaseReferenceOrFutureDay_IsRefusedAndNothingLogged()
    {
        Assert.Contains(await _flow.SubmitAsync(LogCard("no-access", "Jane Smith", "2026-03-18")), r => r.StartsWith("That doesn't look like a case reference.", StringComparison.Ordinal));
        Assert.Contains(await _flow.SubmitAsync(LogCard("no-access", Case, "2026-03-21")), r => r.StartsWith("That day is still to come", StringComparison.Ordinal));
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task ThreeMissedAndARefusal_PromptsEscalationAndTellsTheManagerAtOnceAboutTheRefusal()
    {
        await LogAsync("missed appointment", "on 6/3", expectPrompt: false);
        await LogAsync("missed appointment", "last monday", expectPrompt: false);
        var third = await LogAsync("missed appointment", "yesterday", expectPrompt: true);
        var prompt = Assert.Single(third, IsPromptCard);
        Assert.Contains($"Say \"escalate {Case}\"", PromptText(prompt), StringComparison.Ordinal);
        Assert.Contains("§1.3", PromptText(prompt), StringComparison.Ordinal);
        Assert.DoesNotContain("line manager know", PromptText(prompt), StringComparison.Ordinal);
        Assert.Equal(["escalate", "chronology"], PromptButtons(prompt).Select(b => b["command"]!.GetValue<string>()));
        Assert.All(PromptButtons(prompt), b => Assert.Equal(Case, b["caseReference"]!.GetValue<string>()));
        Assert.Empty(_flow.Graph.CallsTo(GraphRoute.SendMail));

        var refused = await LogAsync("access refused", "today", expectPrompt: true);

        var refusedPrompt = PromptText(Assert.Single(refused, IsPromptCard));
        Assert.Contains("I've let your line manager know.", refusedPrompt, StringComparison.Ordinal);
        Assert.Contains("§6.1", refusedPrompt, StringComparison.Ordinal);
        await EngagementFlowHost.WaitAsync(() => _flow.Graph.CallsTo(GraphRoute.SendMail).Count == 1, "the line manager was mailed about the refused access");
        var mail = _flow.Graph.CallsTo(GraphRoute.SendMail)[0].Body!.ToJsonString();
        Assert.Contains(Case, mail, StringComparison.Ordinal);
        Assert.Contains("access refused", mail, StringComparison.Ordinal);
        await EngagementFlowHost.WaitAsync(() => _flow.CountPending() == 0, "nothing else is pending");

        var fourth = await LogAsync("missed appointment", "today", expectPrompt: false);
        Assert.DoesNotContain(fourth, r => r.Contains("escalate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessRefusedTwiceTheSameDay_TellsTheManagerOnceThenAgainTheNextDay()
    {
        await LogAsync("access refused", "today", expectPrompt: true);
        await LogAsync("refused entry", "today", expectPrompt: false);
        await EngagementFlowHost.WaitAsync(() => _flow.Graph.CallsTo(GraphRoute.SendMail).Count == 1, "one mail");

        _flow.Clock.Now = EngagementFlowHost.Start.AddDays(1);
        await LogAsync("access refused", "today", expectPrompt: true);

        await EngagementFlowHost.WaitAsync(() => _flow.Graph.CallsTo(GraphRoute.SendMail).Count == 2, "a second mail a day later");
        Assert.Equal(2, (await _flow.Get<IEngagementLog>().PromptsForCaseAsync(Case, CancellationToken.None)).Count(p => p.RuleId == "pattern-access-refused"));
    }

    [Fact]
    public async Task AccessRefused_ManagerNeverTalkedToTheBot_OpensTheirChatSaysItThereAndReusesItNextTime()
    {
        await LogAsync("access refused", "today", expectPrompt: true);

        await EngagementFlowHost.WaitAsync(() => ManagerChatMessages().Count == 1, "the manager was told in the 1:1 chat the bot opened for them");
        var opened = Assert.Single(ManagerChatsOpened());
        Assert.Equal(EngagementFlowHost.Manager, opened.Body!["members"]![0]!["id"]!.GetValue<string>());
        var said = ManagerChatMessages()[0].Body!["text"]!.GetValue<string>();
        Assert.Contains(Case, said, StringComparison.Ordinal);
        Assert.Contains("access refused", said, StringComparison.Ordinal);

        _flow.Clock.Now = EngagementFlowHost.Start.AddDays(1);
        await LogAsync("access refused", "today", expectPrompt: true);

        await EngagementFlowHost.WaitAsync(() => ManagerChatMessages().Count == 2, "told again a day later in the same chat");
        Assert.Single(ManagerChatsOpened());
    }

    [Fact]
    public async Task ChildNotSeen_PromptsOnTheFourteenthDayNotBefore()
    {
        await LogAsync("child seen alone", "on 6/3", expectPrompt: false);
        _flow.Clock.Now = EngagementFlowHost.Start.AddDays(-1);
        await LogAsync("child not seen", "today", expectPrompt: false);

        _flow.Clock.Now = EngagementFlowHost.Start;
        var replies = await LogAsync("child not seen", "today", expectPrompt: true);

        Assert.Contains(replies, r => r.Contains("the child has not been seen for 14 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chronology_ShowsEveryRecordNewestFirstWithoutNotes()
    {
        await _flow.SubmitAsync(LogCard("missed-appointment", Case, "2026-03-10", "Private words"));
        await _flow.SubmitAsync(LogCard("access-refused", Case, "2026-03-19"));
        await _flow.SubmitAsync(LogCard("no-access", "SC-0099-1", "2026-03-19"));

        var card = Assert.Single(await _flow.SayAsync($"chronology {Case.ToLowerInvariant()}"));

        Assert.Contains("Chronology: case SC-0017-3", card, StringComparison.Ordinal);
        Assert.Contains("Newest first", card, StringComparison.Ordinal);
        Assert.True(card.IndexOf("Access refused", StringComparison.Ordinal) < card.IndexOf("Missed appointment", StringComparison.Ordinal));
        Assert.DoesNotContain("Private words", card, StringComparison.Ordinal);
        Assert.DoesNotContain("No answer at the door", card, StringComparison.Ordinal);
        Assert.Contains(await _flow.SayAsync("chronology SC-0000-0"), r => r.StartsWith("Nothing is recorded on case SC-0000-0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chronology_LoneWorkerSession_ShowsCheckInsInLocalTimeWithoutWhereabouts()
    {
        var visitAt = EngagementFlowHost.Start.AddDays(-1);
        var worker = new SessionWorker(TestActivities.UserAadObjectId, "29:worker", new ConversationRef("msteams", EngagementFlowHost.PersonalChat), "Sam Worker");
        var session = VisitSession.Start(
            Guid.NewGuid(), planId: null, Case, "north", worker, new Whereabouts("home", "12 Example Road", "07700 900123"),
            visitAt, visitAt.AddHours(1), at: visitAt.AddMinutes(-30));
        var sessions = _flow.Get<ISessionStore>();
        await sessions.AddAsync(session, new SessionEvent(session.Id, session.CreatedAt, SessionEventKinds.Started, worker.AadObjectId, null), CancellationToken.None);
        var arrived = session.Arrive(visitAt.AddMinutes(2));
        await sessions.UpdateAsync(arrived, null, CancellationToken.None);
        await sessions.UpdateAsync(arrived.Close(worker.AadObjectId, visitAt.AddMinutes(70)), null, CancellationToken.None);

        var card = Assert.Single(await _flow.SayAsync($"chronology {Case}"));

        Assert.Contains("Thu 19 Mar 2026", card, StringComparison.Ordinal);
        Assert.Contains("Lone-worker session", card, StringComparison.Ordinal);
        Assert.Contains("Visit: checked in 12:02, left safely 13:10", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Example Road", card, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Worker", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chronology_ManyEntries_PagedWithHowManyEarlier()
    {
        for (var day = 1; day <= 14; day++)
        {
            await _flow.SubmitAsync(LogCard("appointment-kept", Case, $"2026-03-{day:00}"));
        }

        var first = Assert.Single(await _flow.SayAsync($"chronology {Case}"));
        var second = Assert.Single(await _flow.SayAsync($"chronology {Case} page 2"));

        Assert.Contains("and 2 earlier.", first, StringComparison.Ordinal);
        Assert.Contains("page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("Sun 1 Mar 2026", second, StringComparison.Ordinal);
        Assert.DoesNotContain("earlier", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SC-0017-3")]
    [InlineData("sc-0017-3")]
    public async Task ChronologyButton_WithCaseFromAPrompt_ShowsThatCasesChronology(string given)
    {
        await _flow.SubmitAsync(LogCard("access-refused", Case, "2026-03-19"));

        var card = Assert.Single(await _flow.SubmitAsync(new JsonObject { ["command"] = "chronology", ["caseReference"] = given }));

        Assert.Contains("Chronology: case SC-0017-3", card, StringComparison.Ordinal);
        Assert.Contains("Access refused", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jamie Dunmore")]
    [InlineData(null)]
    public async Task ChronologyButton_WithoutAValidCase_SaysHowToAskForOne(string? given)
    {
        var value = new JsonObject { ["command"] = "chronology" };
        if (given is not null)
        {
            value["caseReference"] = given;
        }

        var reply = Assert.Single(await _flow.SubmitAsync(value));

        Assert.StartsWith("Type \"chronology", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ThreeMonths_HeadlineCountsAndPatterns()
    {
        await _flow.SubmitAsync(LogCard("seen-alone", Case, "2026-02-25"));
        foreach (var day in new[] { "2026-01-10", "2026-02-01", "2026-03-01", "2026-03-12" })
        {
            await _flow.SubmitAsync(LogCard("missed-appointment", Case, day));
        }

        await _flow.SubmitAsync(LogCard("appointment-kept", Case, "2026-02-20"));
        await _flow.SubmitAsync(LogCard("appointment-kept", Case, "2026-02-27"));
        await _flow.SubmitAsync(LogCard("criticising-workers", Case, "2026-03-15"));
        await _flow.SubmitAsync(LogCard("not-seen", Case, "2026-03-19"));

        var card = Assert.Single(await _flow.SayAsync($"summary {Case}"));

        Assert.Contains("Three-month summary: case SC-0017-3", card, StringComparison.Ordinal);
        Assert.Contains("4 of 6 appointments missed; child not seen for 23 days; 1 agency reports hostility.", card, StringComparison.Ordinal);
    }

    private List<ConnectorCall> ManagerChatsOpened() =>
        [.. _flow.Connector.Calls.Where(c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations"
            && c.Body?["members"]?[0]?["id"]?.GetValue<string>() == EngagementFlowHost.Manager)];

    // Messages posted into a conversation the bot opened (the fake connector names those "conv-N"; the worker's chat is another).
    private List<ConnectorCall> ManagerChatMessages() =>
        [.. _flow.Connector.Calls.Where(c => c.Method == "POST"
            && c.Path.StartsWith("/v3/conversations/conv-", StringComparison.Ordinal) && c.Path.EndsWith("/activities", StringComparison.Ordinal))];

    private async Task<IReadOnlyList<string>> LogAsync(string what, string when, bool expectPrompt)
    {
        var line = when == "today" ? $"{what} {Case}" : $"{what} {Case} {when}";
        Assert.Contains(await _flow.SayAsync(line), r => r.Contains("Shall I log this?", StringComparison.Ordinal));
        var replies = await _flow.SayAsync("yes");
        Assert.Contains(replies, r => r.StartsWith("Logged:", StringComparison.Ordinal));
        Assert.Equal(expectPrompt, replies.Any(r => r.Contains("escalate", StringComparison.Ordinal)));
        return replies;
    }

    private static JsonObject LogCard(string kind, string caseReference, string day, string? note = null)
    {
        var value = new JsonObject { ["command"] = "submit", ["form"] = "engagement-log", ["kind"] = kind, ["caseRef"] = caseReference, ["day"] = day };
        if (note is not null)
        {
            value["note"] = note;
        }

        return value;
    }

    private static bool IsPromptCard(string reply) =>
        reply.StartsWith('[') && JsonNode.Parse(reply)![0]!["content"]!["actions"]?[0]?["title"]?.GetValue<string>() == "Escalate";

    /// <summary>The prompt card's text lines, joined by spaces.</summary>
    private static string PromptText(string reply) =>
        string.Join(" ", JsonNode.Parse(reply)![0]!["content"]!["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()));

    private static IEnumerable<JsonNode> PromptButtons(string reply) =>
        JsonNode.Parse(reply)![0]!["content"]!["actions"]!.AsArray().Select(a => a!["data"]!);
}
