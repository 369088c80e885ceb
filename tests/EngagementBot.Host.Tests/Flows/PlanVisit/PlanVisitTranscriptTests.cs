using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Visits;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>
/// dialogs/plan-visit.json end to end with the real actions, the real cards and the Cwm Taf pack (the
/// default active pack) over SQLite: one path per risk level, warnings from other agencies, mistakes.
/// </summary>
public sealed class PlanVisitTranscriptTests : IAsyncLifetime
{
    private PlanVisitBot _bot = null!;
    private PlanConversation _plan = null!;

    public async Task InitializeAsync()
    {
        _bot = await PlanVisitBot.StartAsync();
        _plan = new PlanConversation(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private TranscriptScript Script() => _bot.Script();

    private async Task<VisitPlan> SavedPlanAsync() => Assert.Single(await _bot.Plans.ForCaseAsync(_plan.CaseReference, CancellationToken.None));

    private static void Has(string text, params string[] expected)
    {
        foreach (var item in expected)
        {
            Assert.Contains(item, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PlanVisit_LowRisk_SavesThePlanWithoutOfferingAJointVisit()
    {
        await _plan.Summary(_plan.UpToRisk(Script()), summary => Has(summary,
            "SC-0017-3", "Tuesday 24 November, 14:00", "Their home", "Tuesday 24 November, 16:00", "Risk: low", "Not needed"));

        Has(CardView.Text(_plan.RiskCard!), "Risk: low", "Nothing you told me");
        Assert.Empty(_bot.JointVisitRequests.Calls);
        var plan = await SavedPlanAsync();
        Assert.Equal(VisitRiskLevel.Low, plan.RiskLevel);
        Assert.Empty(plan.Factors);
        Assert.Null(plan.JointVisitWanted);
        Assert.Equal(VisitVenue.Home, plan.Venue);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero), plan.VisitAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero), plan.ReturnBy);
        Assert.Equal(_bot.Pack.PreContactQuestions.Count, plan.Answers.Count);
        Assert.Equal("no", Assert.Single(plan.Answers, a => a.QuestionId == "history-hostility").Answer);
        Assert.Equal("cwm-taf-children", plan.PackId);
        Assert.Equal(_bot.User.From.AadObjectId, plan.PlannedBy);
        Assert.Equal(_bot.User.Conversation.Key, plan.ConversationKey);
        Assert.Equal(PlanVisitBot.MondayMorning, plan.CreatedAt);
    }

    [Fact]
    public async Task PlanVisit_MediumRiskJointVisitWanted_OffersItAndAsksTheManagerToArrangeIt()
    {
        _plan.Answers["late-in-day"] = "yes";

        await _plan.Summary(_plan.UpToRisk(Script())
            .BotSendsCard(contains: "Would you like a joint visit")
            .UserSubmits(new { command = "choice", prompt = "plan-visit.jointVisit", value = "yes" })
                .BotSays(equals: "OK — I'll ask your manager to arrange the joint visit.")
                .BotSays(equals: RecordingJointVisitRequest.Reply),
            summary => Has(summary, "Risk: medium", "Asked for", "Manager approval", "Not needed"));

        Has(CardView.Text(_plan.RiskCard!), "Risk: medium", "Visit late in the day or after dark", "§6.1", "Go in daylight if you can.");
        var request = Assert.Single(_bot.JointVisitRequests.Calls);
        Assert.Equal("medium", request.Answers.GetProperty("risk").GetProperty("level").GetString());
        var plan = await SavedPlanAsync();
        Assert.Equal(request.Answers.GetProperty("save").GetProperty("planId").GetGuid(), plan.Id);
        Assert.Equal(VisitRiskLevel.Medium, plan.RiskLevel);
        Assert.True(plan.JointVisitWanted);
        Assert.Equal("risk-late-in-day", Assert.Single(plan.Factors).RuleId);
    }

    [Fact]
    public async Task PlanVisit_MediumRiskJointVisitNotWanted_SavesWithoutAskingTheManager()
    {
        _plan.Answers["late-in-day"] = "yes";

        await _plan.Summary(_plan.UpToRisk(Script())
            .BotSendsCard(contains: "Would you like a joint visit")
            .User("no thanks"),
            summary => Has(summary, "Risk: medium", "Not wanted"));

        Assert.Empty(_bot.JointVisitRequests.Calls);
        Assert.False((await SavedPlanAsync()).JointVisitWanted);
    }

    [Fact]
    public async Task PlanVisit_HighRisk_SaysApprovalIsNeededAndRequestsIt()
    {
        _plan.Answers["history-hostility"] = "yes";

        await _plan.Summary(_plan.UpToRisk(Script())
            .BotSendsCard(contains: "Would you like a joint visit")
            .User("no")
                .BotSays(contains: "your manager must approve this visit before it goes ahead")
                .BotSays(equals: RecordingJointVisitRequest.Reply),
            summary => Has(summary, "Risk: high", "Needed before you go", "Not wanted"));

        Has(CardView.Text(_plan.RiskCard!), "Risk: high", "Known history of hostility or violence", "§3.4",
            "Talk to your manager before the visit", "Cwm Taf Safeguarding Children Board protocol");
        Assert.Single(_bot.JointVisitRequests.Calls);
        var plan = await SavedPlanAsync();
        Assert.Equal(VisitRiskLevel.High, plan.RiskLevel);
        Assert.Equal("risk-history-hostility", plan.Factors[0].RuleId);
        Assert.EndsWith("§3.4", plan.Factors[0].Citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanVisit_DoNotVisitAlone_SaysNotToGoAloneWithoutOfferingAChoice()
    {
        _plan.Answers["joint-visit-needed"] = "yes";

        await _plan.Summary(_plan.UpToRisk(Script())
                .BotSays(contains: "Please don't go on this visit alone. A joint visit is required")
                .BotSays(equals: RecordingJointVisitRequest.Reply),
            summary => Has(summary, "Risk: do not visit alone", "Required", "Needed before you go"));

        Has(CardView.Text(_plan.RiskCard!), "Do not visit alone", "must not be made alone", "You think this visit needs two people");
        Assert.Single(_bot.JointVisitRequests.Calls);
        var plan = await SavedPlanAsync();
        Assert.Equal(VisitRiskLevel.DoNotVisitAlone, plan.RiskLevel);
        Assert.Null(plan.JointVisitWanted);
    }

    [Fact]
    public async Task PlanVisit_CaseFlaggedEarlierByAnotherAgency_ShowsTheFlagBeforeTheQuestionsAndRaisesTheLevel()
    {
        await _bot.RaiseFlagAsync("sc-0017-3", HazardKind.Violence, HazardSeverity.High, ago: TimeSpan.FromDays(10), reviewIn: TimeSpan.FromDays(80),
            HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit);
        await _bot.RaiseFlagAsync("SC-0017-3", HazardKind.Weapons, HazardSeverity.Critical, ago: TimeSpan.FromDays(100), reviewIn: TimeSpan.FromDays(-1));
        await _bot.RaiseFlagAsync("SC-0099-1", HazardKind.Threats, HazardSeverity.Critical, ago: TimeSpan.FromDays(1), reviewIn: TimeSpan.FromDays(30));

        await _plan.Summary(_plan.FillInPackCards(_plan.UpToBackBy(Script())
                .BotSendsCard(contains: "A warning is recorded on this case", check: card =>
                {
                    var text = CardView.Text(card);
                    Has(text, "Violence", "High", "Joint visits only; Police to attend the first visit", "Thursday 11 February 2027", "South Wales Police");
                    Assert.DoesNotContain("aad-police-officer", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("Weapons", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("Threats", text, StringComparison.Ordinal);
                }))
            .BotSendsCard(contains: "Would you like a joint visit")
            .User("yes")
                .BotSays(contains: "your manager must approve this visit")
                .BotSays(equals: RecordingJointVisitRequest.Reply),
            summary => Has(summary, "Risk: high", "Asked for"));

        Has(CardView.Text(_plan.RiskCard!), "Risk: high", "Another worker or agency has flagged a risk on this case");
        Assert.Equal("risk-hazard-flag", Assert.Single((await SavedPlanAsync()).Factors).RuleId);
    }

    [Fact]
    public async Task PlanVisit_TypicalPlans_TakeNineTurnsAndOneMoreWhenAJointVisitIsOffered()
    {
        var low = _plan.Summary(_plan.UpToRisk(Script()));
        await low;
        Assert.Equal(9, low.Log.Count(line => line.StartsWith("user", StringComparison.Ordinal)));

        var medium = new PlanConversation(_bot, "SC-0017-4");
        medium.Answers["car-targeted"] = "yes";
        var withOffer = medium.Summary(medium.UpToRisk(Script()).BotSendsCard(contains: "Would you like a joint visit").User("no"));
        await withOffer;
        Assert.Equal(10, withOffer.Log.Count(line => line.StartsWith("user", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PlanVisit_OtherActivePack_AsksThatPacksQuestionsAndCitesIt()
    {
        await using var bot = await PlanVisitBot.StartAsync(new Dictionary<string, string?> { ["Guidance:ActivePack"] = "forth-valley-children" });
        var plan = new PlanConversation(bot);
        plan.Answers["history-hostility"] = "yes";

        await plan.Summary(plan.UpToRisk(bot.Script())
            .BotSendsCard(contains: "Would you like a joint visit")
            .User("yes").BotSays(contains: "your manager must approve").BotSays(equals: RecordingJointVisitRequest.Reply));

        Assert.Equal(15, PackCards.Inputs(plan.AboutVisitCard!).Count + PackCards.Inputs(plan.KeepingSafeCard!).Count);
        Assert.Contains("Forth Valley", CardView.Text(plan.RiskCard!), StringComparison.Ordinal);
        var saved = Assert.Single(await bot.Plans.ForCaseAsync("SC-0017-3", CancellationToken.None));
        Assert.Equal("forth-valley-children", saved.PackId);
    }
}
