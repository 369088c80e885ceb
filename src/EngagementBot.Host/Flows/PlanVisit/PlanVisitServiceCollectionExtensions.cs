using EngagementBot.Dialogs.Ports;
using EngagementBot.Host.Flows.Channels;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.PlanVisit;

public static class PlanVisitServiceCollectionExtensions
{
    /// <summary>
    /// The actions <c>dialogs/plan-visit.json</c> calls: show-hazard-flags, assess-risk, save-plan,
    /// show-plan-summary, team-channel-available and share-plan-with-team, and the outbox sender of the
    /// team-channel copy. (Its request-joint-visit belongs to the joint-visit approval flow, its start-session
    /// to the session flow; <see cref="TeamChannels"/> needs the lone-worker teams.)
    /// </summary>
    public static IServiceCollection AddPlanVisitFlow(this IServiceCollection services)
    {
        services.TryAddSingleton<LocalDates>();
        services.TryAddSingleton<TeamChannels>();
        services.AddSingleton<IDialogAction, ShowHazardFlagsAction>();
        services.AddSingleton<IDialogAction, AssessRiskAction>();
        services.AddSingleton<IDialogAction, SavePlanAction>();
        services.AddSingleton<IDialogAction, ShowPlanSummaryAction>();
        services.AddSingleton<IDialogAction, TeamChannelAvailableAction>();
        services.AddSingleton<IDialogAction, SharePlanWithTeamAction>();
        services.AddChannelThreadPosts<PlanChannelPost, PlanChannelCard>();
        return services;
    }
}
