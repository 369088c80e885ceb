using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.EndToEnd.Tests.Playground;
using EngagementBot.Testing.Transcripts;
using Xunit.Abstractions;
using static EngagementBot.EndToEnd.Tests.Playground.PlaygroundCast;

namespace EngagementBot.EndToEnd.Tests.Walkthroughs;

/// <summary>
/// Issue #7 in the Playground. Alex subscribes the team's Risk alerts channel to the area, logs three missed
/// appointments and a refused access on one case, confirming each; Megan (Alex's manager) is told about the
/// refused access at once in her own chat; the bot prompts Alex to escalate; "escalate &lt;case&gt;" walks the
/// active pack's escalation steps to a record; Megan agrees from her decision card; the channel gets a summary
/// with nothing personal in it; and the case's chronology shows it all, newest first.
/// </summary>
public sealed class EscalationWalkthroughTests(ITestOutputHelper output) : PlaygroundScenario(output)
{
    private const string Case = "SC-0042-1";
    private const string Area = "Playground area";

    // What Alex types around the log lines that must never reach the channel (the parser leaves it out).
    private const string Who = "Dunmore";
    private const string Where = "14 Elm Street";

    [Fact]
    public async Task EscalateAfterAPattern_ThreeMissedAndARefusal_MeganToldAtOnceAgreesTheRecordAndTheChronologyShowsItAll()
    {
        var subscribed = await Tenant.MentionInChannelAsync(AlertsChannel, $"alerts on area={Area}");
        Assert.True(subscribed.Says($"whenever an incident is reported or an escalation is raised for {Area}"), subscribed.ToString());
        var today = DateOnly.FromDateTime(DateTime.Now);
        var missed = new[] { today.AddDays(-12), today.AddDays(-8), today.AddDays(-3) };
        var started = Now();

        await Script()
            .User($"missed appointment {Case} on {Day(missed[0])}").BotSendsCard(contains: $"Missed appointment, case {Case}")
            .User("yes").BotSays(contains: $"Logged: Missed appointment on case {Case}")
            .User($"missed appointment {Case} on {Day(missed[1])}").BotSendsCard(contains: "Shall I log this?")
            .User("yes").BotSays(contains: $"Logged: Missed appointment on case {Case}")
            .User($"missed appointment {Case} on {Day(missed[2])}").BotSendsCard(contains: "Shall I log this?")
            .User("yes").BotSays(contains: $"Logged: Missed appointment on case {Case}")
                .BotSendsCard(check: card =>
                {
                    var prompt = CardView.Text(card);
                    Assert.Contains($"Case {Case}: 3 logged in the last 60 days", prompt, StringComparison.Ordinal);
                    Assert.Contains($"Say \"escalate {Case}\"", prompt, StringComparison.Ordinal);
                    Assert.DoesNotContain("line manager know", prompt, StringComparison.Ordinal);
                    AssertEscalateButton(card);
                });
        var refusedAt = Now();
        await Script()
            .User($"access refused by Mr {Who} at {Where}, case {Case}").BotSays(contains: "left out the other words")
                .BotSendsCard(contains: $"Access refused, case {Case}")
            .User("yes").BotSays(contains: $"Logged: Access refused on case {Case}")
                .BotSendsCard(check: card =>
                {
                    var prompt = CardView.Text(card);
                    Assert.Contains($"Say \"escalate {Case}\"", prompt, StringComparison.Ordinal);
                    Assert.Contains("I've let your line manager know.", prompt, StringComparison.Ordinal);
                    AssertEscalateButton(card);
                });

        var notice = await Tenant.WaitForAsync("the refused access told to Megan in her own chat",
            m => !m.IsIn(PersonalChat) && !m.IsInChannel(AlertsChannel) && m.Says(Case) && m.Says("access refused"), TimeSpan.FromSeconds(30), refusedAt);
        Assert.True(notice.Timestamp - refusedAt < 15_000, $"Megan was told at once ({notice.Timestamp - refusedAt} ms after Alex confirmed)");
        Assert.True(notice.Says("speak to the worker today"), notice.ToString());
        Assert.False(notice.Says(Who) || notice.Says("Elm"), $"what Alex typed around the log line reached Megan: {notice}");

        var escalating = Now();
        await Script()
            .User($"escalate {Case}").BotSendsCard(contains: "What's the worry?")
            .User("We were refused access").BotSays(check: said =>
            {
                Assert.StartsWith("Being refused access to a child is serious: please talk to your manager today", said, StringComparison.Ordinal);
                Assert.Contains("Which area is the family in?", said, StringComparison.Ordinal);
            })
            .User(Area).BotSendsCard(contains: "Have you noticed any of these?")
            .User("1 and 3").BotSays(check: said =>
            {
                Assert.StartsWith("Got it: The family seems to go along with things, but it isn't real. Often late for appointments, or keeps finding reasons to miss them.\n", said, StringComparison.Ordinal);
                Assert.Contains("Now your procedure's escalation steps", said, StringComparison.Ordinal);
            })
                .BotSendsCard(contains: "Has anyone been hostile, threatening or violent")
            .User("no").BotSays(contains: "Think about a written agreement with the family").BotSendsCard(contains: "Who will do this: Written agreement?")
            .User("me").BotSays(contains: "By when?")
            .User("Friday").BotSays(contains: "Take it to supervision").BotSendsCard(contains: "Who will do this: Supervision and action plan?")
            .User("my manager").BotSays(contains: "By when?")
            .User("Friday").BotSays(contains: "Got it: Friday").BotSendsCard(contains: "Is anything really changing for the child")
            .User("yes")
                .BotSays(contains: "Keep going. Check progress against the goals")
                .BotSays(check: done =>
                {
                    Assert.StartsWith($"Thank you. The escalation for {Case} is recorded with 2 actions.", done, StringComparison.Ordinal);
                    Assert.Contains("Your line manager gets a card", done, StringComparison.Ordinal);
                    Assert.Contains("The multi-agency channel gets a short summary", done, StringComparison.Ordinal);
                })
                .BotSays(contains: "Thank you for keeping the child in view.");

        var card = await Tenant.WaitForAsync("the decision card in Megan's chat",
            m => m.RecipientAadObjectId == Megan.AadObjectId && !m.IsUpdate && m.Says("Escalation: your decision") && m.Says(Case), TimeSpan.FromSeconds(30), escalating);
        Assert.Equal(notice.ConversationId, card.ConversationId);
        Assert.True(card.Says("Agree") && card.Says("Written agreement") && card.Says("it isn't real. Often late"), card.ToString());
        var answer = await Tenant.PressAsync(Megan, card, "Agree");
        Assert.Contains("Agreed by Megan Bowen", CardView.Text(answer["value"]!), StringComparison.Ordinal);
        await Tenant.WaitForAsync("Alex told Megan agreed",
            m => m.IsIn(PersonalChat) && m.Says($"Megan Bowen agreed with your escalation for {Case}"), TimeSpan.FromSeconds(30), escalating);
        await Tenant.WaitForAsync("Megan's card updated in place",
            m => m.IsUpdate && m.MessageId == card.MessageId && m.Says("Agreed by Megan Bowen"), TimeSpan.FromSeconds(30), escalating);

        var summary = await Tenant.WaitForAsync("an escalation summary thread in the Risk alerts channel",
            m => m.IsInChannel(AlertsChannel) && !m.IsUpdate && m.ReplyToId is null && m.Says(Case), TimeSpan.FromSeconds(30), escalating);
        Assert.NotEqual(subscribed.ConversationId, summary.ConversationId);
        Assert.True(summary.Says("Access refused") && summary.Says("Written agreement"), $"the summary gives the concern and the kinds of action: {summary}");
        foreach (var secret in new[] { Who, "Elm", Alex.Name, Megan.Name, "Alex", "Megan", "isn't real", "Often late" })
        {
            Assert.False(summary.Says(secret), $"'{secret}' reached the channel: {summary}");
        }

        await Script().User($"chronology {Case}").BotSendsCard(contains: $"Chronology: case {Case}", check: chronology =>
        {
            var text = CardView.Text(chronology);
            var order = new[] { "Escalation raised: access refused", "Access refused" }.Concat(missed.Reverse().Select(Shown)).Select(entry =>
            {
                var at = text.IndexOf(entry, StringComparison.Ordinal);
                Assert.True(at >= 0, $"the chronology shows '{entry}': {text}");
                return at;
            }).ToList();
            Assert.Equal(order.Order(), order);
            Assert.Equal(3, text.Split("Missed appointment").Length - 1);
            Assert.DoesNotContain(Who, text, StringComparison.Ordinal);
        });
    }

    private static string Day(DateOnly day) => day.ToString("d/M", CultureInfo.InvariantCulture);

    // How the chronology card dates an entry.
    private static string Shown(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The pattern prompt's first button starts the escalation for this case, as typing "escalate …" does.</summary>
    private static void AssertEscalateButton(JsonNode card)
    {
        var escalate = card["actions"]![0]!;
        Assert.Equal("Escalate", escalate["title"]!.GetValue<string>());
        Assert.Equal("escalate", escalate["data"]!["command"]!.GetValue<string>());
        Assert.Equal(Case, escalate["data"]!["caseReference"]!.GetValue<string>());
    }
}
