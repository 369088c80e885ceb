using System.Text.Json;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>Checking in and out by text and by the session card's buttons, through the real turn pipeline.</summary>
public sealed class SessionCheckInTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Eleven = SessionBot.MondayMorning.AddHours(1);
    private static readonly DateTimeOffset One = SessionBot.MondayMorning.AddHours(3);

    private SessionBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SessionBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<VisitSession> StoredAsync(VisitSession session) => (await _bot.Sessions.FindAsync(session.Id, CancellationToken.None))!;

    private async Task<IReadOnlyList<string>> EventKindsAsync(VisitSession session) =>
        [.. (await _bot.Sessions.EventsAsync(session.Id, CancellationToken.None)).Select(e => e.Kind)];

    [Theory]
    [InlineData("arrived")]
    [InlineData("left safely")]
    [InlineData("extend 30 minutes")]
    [InlineData("running late")]
    [InlineData("check in")]
    public async Task Command_NoOpenSession_SaysKindlyHowToStartOne(string text)
    {
        await _bot.Script(_bot.Worker)
            .User(text).BotSays(equals: "You don't have a visit session running. Plan a visit (say \"plan a visit\") and I'll start one for it, then check on you if you're not back by your time.");
    }

    [Fact]
    public async Task TypedCommands_ArrivedExtendLateLeft_EachChangesTheSessionAndNamesTheCase()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);

        await _bot.Script(_bot.Worker)
            .User("I'm here").BotSays(equals: "Thanks — you're checked in for SC-0017-3. Say \"left safely\" when you're out; you're due back by 13:00.")
            .User("extend 45").BotSays(equals: "Done — I've added 45 minutes to your visit for SC-0017-3. You're now due back by 13:45.")
            .User("extend").BotSays(contains: "added 30 minutes to your visit for SC-0017-3. You're now due back by 14:15.")
            .User("extend 1 hour").BotSays(contains: "added 1 hour to your visit for SC-0017-3. You're now due back by 15:15.")
            .User("running late").BotSays(equals: "OK — I've given you 15 minutes more for SC-0017-3; you're now due back by 15:30. Need longer? Say \"extend 45 minutes\" or \"extend 1 hour\".")
            .User("running late 20 minutes").BotSays(contains: "20 minutes more for SC-0017-3; you're now due back by 15:50.")
            .User("extend 9 hours").BotSays(contains: "up to 8 hours at a time")
            .User("finished").BotSays(equals: "Thanks — glad you're safe. I've closed your session for SC-0017-3.")
            .User("left safely").BotSays(contains: "You don't have a visit session running");

        var stored = await StoredAsync(session);
        Assert.Equal(SessionState.Closed, stored.State);
        Assert.Equal(Eleven.AddHours(-1), stored.ArrivedAt);
        Assert.Equal(One.AddMinutes(170), stored.DueBackAt);
        Assert.Equal(5, stored.DeadlineVersion);
        Assert.Equal(_bot.Worker.From.AadObjectId, stored.ClosedBy);
        Assert.Equal(
            [SessionEventKinds.Started, SessionEventKinds.Arrived, SessionEventKinds.Extended, SessionEventKinds.Extended, SessionEventKinds.Extended,
             SessionEventKinds.RunningLate, SessionEventKinds.RunningLate, SessionEventKinds.Closed],
            await EventKindsAsync(session));
    }

    [Fact]
    public async Task TypedCommand_TwoOpenSessions_AppliesToTheSoonestDueAndSaysThereIsAnother()
    {
        var later = await _bot.StartSessionAsync("SC-0020-1", Eleven, One.AddHours(2));
        var sooner = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);

        await _bot.Script(_bot.Worker)
            .User("left safely").BotSays(equals: "Thanks — glad you're safe. I've closed your session for SC-0017-3. You have 1 other visit open; say \"check in\" after this to see it.")
            .User("check in").BotSendsCard(contains: "Your visit: SC-0020-1");

        Assert.Equal(SessionState.Closed, (await StoredAsync(sooner)).State);
        Assert.Equal(SessionState.Planned, (await StoredAsync(later)).State);
    }

    [Fact]
    public async Task CardButtons_EachVerb_AnsweredWithTheUpdatedCardInTheSameResponse()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);

        await _bot.Script(_bot.Worker)
            .Send(_ => _bot.Press(_bot.Worker, SessionCommand.ArrivedVerb, session.Id), "Arrived")
                .BotSendsCard(check: card => Has(card, "On site", "Thanks — you're checked in for SC-0017-3"))
            .Send(_ => _bot.Press(_bot.Worker, SessionCommand.ExtendVerb, session.Id), "Extend 30 minutes")
                .BotSendsCard(check: card => Has(card, "added 30 minutes", "13:30"))
            .Send(_ => _bot.Press(_bot.Worker, SessionCommand.LateVerb, session.Id), "Running late")
                .BotSendsCard(check: card => Has(card, "15 minutes more", "13:45"))
            .Send(_ => _bot.Press(_bot.Worker, SessionCommand.LeftVerb, session.Id), "Left safely")
                .BotSendsCard(check: card =>
                {
                    Has(card, "Closed — you left safely", "glad you're safe");
                    Assert.Empty(card["actions"]?.AsArray() ?? []);
                    Assert.Equal("sos", SosButton(card)?["data"]?["command"]?.GetValue<string>());
                });

        var stored = await StoredAsync(session);
        Assert.Equal(SessionState.Closed, stored.State);
        Assert.Equal(One.AddMinutes(45), stored.DueBackAt);
    }

    [Fact]
    public async Task SessionCard_WhileOpen_HasTheFourButtonsAndTheSameSosButtonAsTheMenu()
    {
        await _bot.StartSessionAsync("SC-0017-3", Eleven, One);

        await _bot.Script(_bot.Worker)
            .UserSubmits(new { command = "checkin" }).BotSendsCard(check: card =>
            {
                Has(card, "Your visit: SC-0017-3", "Planned — not arrived yet", "{{TIME(2026-11-23T13:00:00Z)}}");
                var verbs = card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>());
                Assert.Equal([SessionCommand.ArrivedVerb, SessionCommand.LeftVerb, SessionCommand.ExtendVerb, SessionCommand.LateVerb], verbs);
                var sos = SosButton(card)!;
                Assert.Equal("Action.Submit", sos["type"]!.GetValue<string>());
                Assert.Equal("""{"command":"sos"}""", sos["data"]!.ToJsonString());
            });
    }

    [Fact]
    public async Task CardButton_SubmitFallback_AnswersWithAMessageAndUpdatesTheCardInPlace()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        var cardId = await PostCardAsync(session);

        await _bot.Script(_bot.Worker)
            .UserSubmits(new { command = SessionCommand.ArrivedVerb, sessionId = session.Id.ToString("D") }, cardId)
            .BotSays(contains: "you're checked in for SC-0017-3");
        await _bot.DeliverDueAsync();

        var update = Assert.Single(_bot.UpdatesOf(cardId));
        Assert.Contains("On site", update.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedCommand_CardPosted_CardUpdatedInPlace()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        var cardId = await PostCardAsync(session);

        await _bot.Script(_bot.Worker).User("extend 1 hour").BotSays(contains: "due back by 14:00");
        await _bot.DeliverDueAsync();

        var update = Assert.Single(_bot.UpdatesOf(cardId));
        Assert.Contains("{{TIME(2026-11-23T14:00:00Z)}}", update.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardButton_PressedBySomeoneElse_ChangesNothing()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);

        await _bot.Script(_bot.Stranger)
            .Send(_ => _bot.Press(_bot.Stranger, SessionCommand.LeftVerb, session.Id), "Left safely on someone else's card")
            .BotSays(equals: "This session belongs to someone else, so I can't change it for you.");

        Assert.Equal(SessionState.Planned, (await StoredAsync(session)).State);
    }

    [Fact]
    public async Task CardButton_SessionAlreadyClosed_SaysSoWithTheClosedCard()
    {
        var session = await _bot.StartSessionAsync("SC-0017-3", Eleven, One);
        await _bot.SendAsync(_bot.Worker.Message("left safely"));

        await _bot.Script(_bot.Worker)
            .Send(_ => _bot.Press(_bot.Worker, SessionCommand.ExtendVerb, session.Id), "Extend on a closed session")
            .BotSendsCard(check: card => Has(card, "already closed", "Closed — you left safely"));
    }

    private async Task<string> PostCardAsync(VisitSession session)
    {
        await _bot.Services.GetRequiredService<SessionNotifications>().PostCardAsync(session, SessionCardReason.Started, "test", _bot.Clock.Now, CancellationToken.None);
        await _bot.DeliverDueAsync();
        return (await StoredAsync(session)).CardActivityId!;
    }

    private static System.Text.Json.Nodes.JsonNode? SosButton(System.Text.Json.Nodes.JsonNode card) =>
        card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "ActionSet")!["actions"]![0];

    private static void Has(System.Text.Json.Nodes.JsonNode card, params string[] expected)
    {
        var text = CardView.Text(card);
        foreach (var item in expected)
        {
            Assert.Contains(item, text, StringComparison.Ordinal);
        }
    }
}
