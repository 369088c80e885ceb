using EngagementBot.EndToEnd.Tests.Playground;
using EngagementBot.Testing.Transcripts;
using Xunit.Abstractions;
using static EngagementBot.EndToEnd.Tests.Playground.PlaygroundCast;

namespace EngagementBot.EndToEnd.Tests.Walkthroughs;

/// <summary>
/// Issues #6 and #4 in the Playground. Alex subscribes the team's Risk alerts channel to the area and
/// reports a threat to kill from the personal chat; Megan (Alex's manager) acknowledges it from her
/// card; the channel gets a risk alert with nothing personal in it; the case now carries a warning,
/// so the next plan for it shows the warning, comes out high risk with its reasons and citations, the
/// joint visit Alex asks for is approved by Megan from her card, and the copy of the plan Alex shares
/// with the team reaches the channel with nothing personal in it.
/// </summary>
public sealed class IncidentWalkthroughTests(ITestOutputHelper output) : PlaygroundScenario(output)
{
    private const string Case = "SC-0099-2";
    private const string Area = "Playground area";

    // What Alex types that must never reach a channel.
    private const string Place = "Flat 4, 12 Acacia Avenue";
    private const string Else = "Spat at the window of my car";
    private const string Seemed = "Jamie looked frightened";
    private const string Story = "Mr Dunmore said he would kill me";

    [Fact]
    public async Task ReportIncident_ThreatToKill_MeganAcknowledgesTheChannelGetsARiskAlertAndTheNextPlanShowsTheWarning()
    {
        var subscribed = await Tenant.MentionInChannelAsync(AlertsChannel, $"alerts on area={Area}");
        Assert.True(subscribed.Says($"whenever an incident is reported or an escalation is raised for {Area}"), subscribed.ToString());
        var reported = Now();

        await ReportThreatToKill(Script());

        var card = await Tenant.WaitForAsync("the incident card in Megan's chat",
            m => m.RecipientAadObjectId == Megan.AadObjectId && !m.IsUpdate && m.Says("Acknowledge") && m.Says(Case), TimeSpan.FromSeconds(30), reported);
        Assert.True(card.Says("NOT told yet, and they must be"), $"the manager sees the police must be told and have not been: {card}");
        var answer = await Tenant.PressAsync(Megan, card, "Acknowledge", new Dictionary<string, string> { ["decisions"] = "joint-visits-only,police-complaint" });
        Assert.Contains("Acknowledged by Megan Bowen", CardView.Text(answer["value"]!), StringComparison.Ordinal);
        await Tenant.WaitForAsync("Alex told Megan has seen the report and what she decided",
            m => m.IsIn(PersonalChat) && m.Says($"Megan Bowen has seen your incident report on {Case}") && m.Says("Joint visits only; Police complaint"), TimeSpan.FromSeconds(30), reported);

        var alert = await Tenant.WaitForAsync("a risk alert thread in the Risk alerts channel",
            m => m.IsInChannel(AlertsChannel) && !m.IsUpdate && m.ReplyToId is null && m.Says(Case), TimeSpan.FromSeconds(30), reported);
        Assert.True(alert.Says("Joint visits only"), $"the risk alert gives the advice: {alert}");
        Assert.NotEqual(subscribed.ConversationId, alert.ConversationId);
        foreach (var secret in new[] { Place, "Acacia", Else, Seemed, "Jamie", Story, "Dunmore", Alex.Name, Megan.Name })
        {
            Assert.False(alert.Says(secret), $"'{secret}' reached the channel: {alert}");
        }

        var plan = new PlaygroundVisitPlan(Case);
        await plan.UpToPhone(Script())
            .BotSendsCard(contains: "A warning is recorded on this case", check: warning =>
            {
                var text = CardView.Text(warning);
                Assert.Contains("Threats", text, StringComparison.Ordinal);
                Assert.Contains("Critical", text, StringComparison.Ordinal);
                Assert.Contains("Joint visits only; Police to attend the first visit", text, StringComparison.Ordinal);
                Assert.DoesNotContain(Story, text, StringComparison.Ordinal);
            })
            .BotSendsCard(contains: "About this visit (1 of 2)")
            .User("cancel").BotSays(contains: "stopped");
    }

    [Fact]
    public async Task PlanVisit_CaseWarnedByAnIncident_HighRiskWithReasonsMeganApprovesTheJointVisitFromHerCardAndTheTeamGetsACopy()
    {
        var subscribed = await Tenant.MentionInChannelAsync(AlertsChannel, $"alerts on area={Area}");
        Assert.True(subscribed.Says($"whenever an incident is reported or an escalation is raised for {Area}"), subscribed.ToString());
        await ReportThreatToKill(Script());
        var plan = new PlaygroundVisitPlan(Case);
        var planned = Now();

        await plan.Summary(
            plan.PackCardsToRisk(plan.UpToPhone(Script()).BotSendsCard(contains: "A warning is recorded on this case"))
                .BotSendsCard(contains: "Would you like a joint visit")
                .User("yes")
                    .BotSays(contains: "your manager must approve this visit")
                    .BotSays(contains: "I've asked your manager to approve a joint visit"),
            share: true);

        var copy = await Tenant.WaitForAsync("the plan's copy as a new thread in the Risk alerts channel",
            m => m.IsInChannel(AlertsChannel) && !m.IsUpdate && m.ReplyToId is null && m.Says("Visit planned: " + Case), TimeSpan.FromSeconds(30), planned);
        Assert.True(copy.Says("High") && copy.Says("Visit with a colleague or your manager."), $"the copy gives the level and the advice: {copy}");
        Assert.NotEqual(subscribed.ConversationId, copy.ConversationId);
        foreach (var secret in new[] { PlaygroundVisitPlan.Location, "Example Road", PlaygroundVisitPlan.Phone, "900123", "Their home", Alex.Name, Megan.Name })
        {
            Assert.False(copy.Says(secret), $"'{secret}' reached the channel: {copy}");
        }

        var risk = CardView.Text(plan.RiskCard!);
        Assert.Contains("Risk: high", risk, StringComparison.Ordinal);
        Assert.Contains("Another worker or agency has flagged a risk on this case", risk, StringComparison.Ordinal);
        Assert.Contains("§", risk, StringComparison.Ordinal);
        var request = await Tenant.WaitForAsync("the approval card in Megan's chat",
            m => m.RecipientAadObjectId == Megan.AadObjectId && !m.IsUpdate && m.Says("Joint visit approval") && m.Says("Waiting for your decision"), TimeSpan.FromSeconds(30), planned);
        Assert.True(request.Says(Case), request.ToString());

        var answer = await Tenant.PressAsync(Megan, request, "Approve");

        Assert.Contains("Approved by Megan Bowen", CardView.Text(answer["value"]!), StringComparison.Ordinal);
        await Tenant.WaitForAsync("Alex told at once",
            m => m.IsIn(PersonalChat) && m.Says($"Megan Bowen approved the joint visit for {Case}"), TimeSpan.FromSeconds(30), planned);
        await Tenant.WaitForAsync("Megan's card updated in place",
            m => m.IsUpdate && m.MessageId == request.MessageId && m.Says("Approved by Megan Bowen"), TimeSpan.FromSeconds(30), planned);
        await Tenant.WaitForAsync("the copy in Alex's chat updated in place",
            m => m.IsIn(PersonalChat) && m.IsUpdate && m.Says("Joint visit approval") && m.Says("Approved by Megan Bowen"), TimeSpan.FromSeconds(30), planned);
    }

    /// <summary>The incident report from the personal chat: safe now, a threat to kill and shouting at home yesterday, police not told.</summary>
    private static TranscriptScript ReportThreatToKill(TranscriptScript script) => script
        .User("report an incident").BotSendsCard(contains: "are you safe now?")
        .User("yes").BotSays(contains: "It wasn't your fault")
        .User(Case).BotSays(contains: "Which area is the family in?")
        .User(Area).BotSays(contains: "When did it happen?")
        .User("yesterday 2pm").BotSays(contains: "Got it:").BotSendsCard(contains: "Where did it happen?")
        .User("home").BotSays(contains: "Where exactly?")
        .User(Place).BotSendsCard(contains: "What happened?")
        .User("threats to kill and shouting").BotSays(contains: "Got it: Shouting and Threats to kill.")
        .User(Else).BotSendsCard(contains: "Was anyone hurt")
        .User("no").BotSendsCard(contains: "Did you see the child or adult at risk?")
        .User("yes").BotSays(contains: "How did they seem?")
        .User(Seemed).BotSays(contains: "Threats to kill must always be reported to the police").BotSendsCard(contains: "Have the police been told?")
        .User("no").BotSays(contains: "Please report it to the police today")
        .User(Story)
            .BotSays(contains: $"The incident on {Case} is recorded, and a warning is now on the case")
            .BotSays(contains: "was not your fault")
            .BotSays(contains: "Look after yourself today.");
}
