using EngagementBot.Dialogs.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.PlanVisit;

public static class PlanVisitServiceCollectionExtensions
{
    /// <summary>
    /// The actions <c>dialogs/plan-visit.json</c> calls: show-hazard-flags, assess-risk, save-plan and
    /// show-plan-summary. (Its request-joint-visit belongs to the joint-visit approval flow.)
    /// </summary>
    public static IServiceCollection AddPlanVisitFlow(this IServiceCollection services)
    {
        services.TryAddSingleton<LocalDates>();
        services.AddSingleton<IDialogAction, ShowHazardFlagsAction>();
        services.AddSingleton<IDialogAction, AssessRiskAction>();
        services.AddSingleton<IDialogAction, SavePlanAction>();
        services.AddSingleton<IDialogAction, ShowPlanSummaryAction>();
        return services;
    }
}
