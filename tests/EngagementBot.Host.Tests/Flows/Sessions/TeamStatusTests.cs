using EngagementBot.Testing.Transcripts;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>"team status": the team's open sessions for the people who would act on them, and nobody else.</summary>
public sealed class TeamStatusTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SessionBot.MondayMorning;

    private SessionBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SessionBot.StartAsync(new Dictionary<string, string?>
    {
        ["LoneWorker:Teams:north:SecondContact"] = "aad-second-1",
        ["LoneWorker:OutOfHoursContact"] = "aad-duty-1",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task TeamStatus_Manager_OverdueFirstThenSoonestDeadlineWithAlertState()
    {
        var colleague = new TranscriptUser("worker-2", "a:worker-2-chat", _bot.Clock);
        await _bot.StartSessionAsync("SC-0002-1", Now.AddMinutes(-90), Now.AddHours(2), colleague);
        await _bot.StartSessionAsync("SC-0001-1", Now.AddMinutes(-60), Now.AddMinutes(30));
        await _bot.StartSessionAsync("SC-0003-1", Now.AddMinutes(-30), Now.AddMinutes(90), colleague);
        await _bot.StartSessionAsync("SC-0009-9", Now.AddMinutes(-30), Now.AddMinutes(20), new TranscriptUser("worker-9", "a:worker-9-chat", _bot.Clock), team: "south");
        await _bot.AdvanceAsync(TimeSpan.FromMinutes(45));

        await _bot.Script(_bot.TeamManager)
            .User("team status").BotSendsCard(template: null, check: card =>
            {
                var facts = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
                Assert.Equal(["OVERDUE · SC-0001-1", "SC-0003-1", "SC-0002-1"], facts.Select(f => f!["title"]!.GetValue<string>()));
                var first = facts[0]!["value"]!.GetValue<string>();
                Assert.Equal("Sam Worker · due back 10:30 · not arrived yet · alert raised, nobody has taken it yet", first);
                Assert.StartsWith("A colleague · due back 11:30", facts[1]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
                var text = CardView.Text(card);
                Assert.Contains("Team status: north", text, StringComparison.Ordinal);
                Assert.Contains("3 open visits, 1 overdue", text, StringComparison.Ordinal);
                Assert.DoesNotContain("SC-0009-9", text, StringComparison.Ordinal);
            });
    }

    [Theory]
    [InlineData("manager-1")]
    [InlineData("second-1")]
    [InlineData("duty-1")]
    [InlineData("boss-1")]
    public async Task TeamStatus_PeopleOnTheLadder_SeeTheTeam(string userId)
    {
        await _bot.StartSessionAsync("SC-0001-1", Now.AddMinutes(-60), Now.AddMinutes(30));

        await _bot.Script(new TranscriptUser(userId, $"a:{userId}-chat", _bot.Clock))
            .UserSubmits(new { command = "team-status" }).BotSendsCard(contains: "SC-0001-1");
    }

    [Theory]
    [InlineData("stranger-1")]
    [InlineData("worker-1")]
    public async Task TeamStatus_AnyoneElse_ToldKindlyItIsForManagers(string userId)
    {
        await _bot.StartSessionAsync("SC-0001-1", Now.AddMinutes(-60), Now.AddMinutes(30));

        await _bot.Script(new TranscriptUser(userId, $"a:{userId}-chat", _bot.Clock))
            .User("team status").BotSays(equals: "Team status is for managers and duty contacts. If you're worried about a colleague, please speak to your manager.");
    }

    [Fact]
    public async Task TeamStatus_NothingOpen_SaysSo()
    {
        await _bot.Script(_bot.TeamManager).User("team status").BotSays(equals: "No visits are open in your team right now.");
    }
}
