using EngagementBot.EndToEnd.Tests.Playground;
using EngagementBot.Testing.Transcripts;
using Xunit.Abstractions;
using static EngagementBot.EndToEnd.Tests.Playground.PlaygroundCast;

namespace EngagementBot.EndToEnd.Tests.Walkthroughs;

/// <summary>
/// Issue #5 in the Playground, on the real clock: Alex plans a visit back two minutes from now and
/// never checks out; the bot prompts Alex at the deadline, alerts Megan (Alex's manager) after the
/// grace period with where Alex went and how to reach them, and Megan takes it on from her card.
/// </summary>
public sealed class OverdueVisitWalkthroughTests(ITestOutputHelper output) : PlaygroundScenario(output)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["LoneWorker:Timings:GracePeriod"] = Grace.ToString(),
        ["LoneWorker:Timings:AcknowledgeWithin"] = "00:01:00",
    };

    [Fact]
    public async Task OverdueVisit_AlexDoesNotCheckOut_PromptsAlexThenAlertsMeganWhoTakesItOn()
    {
        var plan = new PlaygroundVisitPlan("SC-0017-3");
        var started = Now();
        var script = plan.Summary(plan.PackCardsToRisk(plan.UpToPhone(Script())));
        await script;
        var turns = script.Log.Count(line => line.StartsWith("user", StringComparison.Ordinal));
        Output.WriteLine($"Planning the visit through the Playground: {turns} turns, {Now() - started} ms from 'plan a visit' to 'Have a safe visit.' (bot and Playground time, no reading or typing)");
        Assert.Contains("Risk: low", CardView.Text(plan.RiskCard!), StringComparison.Ordinal);
        var planned = Now();

        var prompt = await Tenant.WaitForAsync("the check-in prompt in Alex's chat",
            m => m.IsIn(PersonalChat) && !m.IsUpdate && m.Says("was due to finish") && m.Says("Are you safe?"), TimeSpan.FromMinutes(3), planned);
        var alert = await Tenant.WaitForAsync("the overdue alert card in Megan's chat",
            m => m.RecipientAadObjectId == Megan.AadObjectId && !m.IsUpdate && m.Says("Overdue: Alex Wilber hasn't checked in"), TimeSpan.FromSeconds(60), planned);
        Assert.True(alert.Timestamp - prompt.Timestamp >= Grace.TotalMilliseconds - 1_000, $"the alert waited for the grace period after the prompt ({alert.Timestamp - prompt.Timestamp} ms)");
        Assert.NotEqual(PersonalChat, alert.ConversationId);
        foreach (var needed in new[] { "SC-0017-3", "14 Example Road, Pontypridd", "07700900123", "I'm handling this" })
        {
            Assert.True(alert.Says(needed), $"the manager's alert card shows '{needed}': {alert}");
        }

        await Tenant.WaitForAsync("Alex told the manager was alerted",
            m => m.IsIn(PersonalChat) && m.Says("I've alerted your line manager"), TimeSpan.FromSeconds(30), planned);

        var answer = await Tenant.PressAsync(Megan, alert, "I'm handling this");

        Assert.Contains("Handled by Megan Bowen", CardView.Text(answer["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain("I'm handling this", CardView.Text(answer["value"]!), StringComparison.Ordinal);
        await Tenant.WaitForAsync("Alex told that Megan is handling it",
            m => m.IsIn(PersonalChat) && m.Says("Megan Bowen is handling your alert"), TimeSpan.FromSeconds(30), planned);
        await Tenant.WaitForAsync("Megan's alert card updated in place",
            m => m.IsUpdate && m.MessageId == alert.MessageId && m.Says("Handled by Megan Bowen"), TimeSpan.FromSeconds(30), planned);
    }
}
