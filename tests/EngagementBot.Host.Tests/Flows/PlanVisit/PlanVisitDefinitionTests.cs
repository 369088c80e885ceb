using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Composition;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>dialogs/plan-visit.json against the packs and the host's registrations.</summary>
public class PlanVisitDefinitionTests
{
    private static readonly DialogDefinition Plan = DialogDefinitionLoader.LoadDirectory(RepoPaths.Dialogs).Get("plan-visit").Definition;

    [Fact]
    public void PlanVisit_EveryGroupOfEveryPack_IsAskedByOneOfItsCards()
    {
        var asked = Plan.Steps.Where(s => s.Kind == StepKind.PackQuestions).SelectMany(s => s.PackGroups).ToHashSet(StringComparer.Ordinal);
        var packs = PackCatalog.Load(PlanVisitBot.PacksFolder, GuidanceOptions.DefaultActivePack).Packs;

        Assert.NotEmpty(packs);
        Assert.All(packs.SelectMany(p => p.PreContactQuestions), q => Assert.Contains(q.Group, asked));
    }

    [Fact]
    public void AddEngagementBot_PlanVisitActions_AreRegistered()
    {
        var services = new ServiceCollection();
        services.AddEngagementBot(new ConfigurationBuilder().Build());

        var actions = services.Where(d => d.ServiceType == typeof(IDialogAction)).Select(d => d.ImplementationType).ToList();

        Assert.Contains(typeof(ShowHazardFlagsAction), actions);
        Assert.Contains(typeof(AssessRiskAction), actions);
        Assert.Contains(typeof(SavePlanAction), actions);
        Assert.Contains(typeof(ShowPlanSummaryAction), actions);
        Assert.Contains(typeof(TeamChannelAvailableAction), actions);
        Assert.Contains(typeof(SharePlanWithTeamAction), actions);
    }

    [Fact]
    public void PlanVisit_ActionsItCalls_AreThePlanActionsTheApprovalRequestTheSessionStartAndTheChannelCopy()
    {
        var called = Plan.Steps.Where(s => s.Kind == StepKind.Action).Select(s => s.Action).ToList();

        Assert.Equal(
            [ShowHazardFlagsAction.ActionName, AssessRiskAction.ActionName, SavePlanAction.ActionName, "request-joint-visit", ShowPlanSummaryAction.ActionName, StartSessionAction.ActionName,
                TeamChannelAvailableAction.ActionName, SharePlanWithTeamAction.ActionName],
            called);
    }

    [Fact]
    public void PlanVisit_ChannelCopy_IsOfferedOnlyAfterTheSessionStartsAndOnlyWhenAChannelIsAvailable()
    {
        var ids = Plan.Steps.Select(s => s.Id).ToList();
        var available = Plan.Steps.Single(s => s.Action == TeamChannelAvailableAction.ActionName).Id;
        var question = Plan.Steps.Single(s => s.Kind == StepKind.YesNo && s.Id == "shareWithTeam");
        var share = Plan.Steps.Single(s => s.Action == SharePlanWithTeamAction.ActionName).Id;

        Assert.True(ids.IndexOf(Plan.Steps.Single(s => s.Action == StartSessionAction.ActionName).Id) < ids.IndexOf(available));
        Assert.True(ids.IndexOf(available) < ids.IndexOf(question.Id));
        Assert.True(ids.IndexOf(question.Id) < ids.IndexOf(share));
        Assert.Equal(share, ids[^1]);
    }
}
