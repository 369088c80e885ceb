using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Flows.Chronology;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Engagement;

public static class EngagementServiceCollectionExtensions
{
    /// <summary>
    /// The responder that answers a pending log line's yes / change / cancel and the log card. Register it
    /// before the dialog engine (which would take "cancel" as leaving a dialog), after the alert flow.
    /// </summary>
    public static IServiceCollection AddEngagementConfirmations(this IServiceCollection services)
    {
        AddShared(services);
        services.AddSingleton<ITurnResponder, EngagementConfirmResponder>();
        return services;
    }

    /// <summary>
    /// The engagement log, chronology and three-month summary: typed log lines and the menu's commands (a
    /// responder registered where this is called: after the dialogs, before the menu), the pack's pattern
    /// prompts with the manager told through the outbox (<c>engagement.manager</c>: a mail and the manager's 1:1 chat, opened if need be), and the chronology
    /// sources of engagement events, incidents, hazard flags and visits. Another kind of record joins the
    /// chronology by registering one more <see cref="IChronologySource"/>.
    /// </summary>
    public static IServiceCollection AddEngagementFlow(this IServiceCollection services)
    {
        AddShared(services);
        services.AddSingleton<ITurnResponder, EngagementCommandResponder>();
        services.AddSingleton<IOutboxSender, EngagementManagerNoticeSender>();
        services.AddSingleton<IChronologySource, EngagementChronologySource>();
        services.AddSingleton<IChronologySource, IncidentChronologySource>();
        services.AddSingleton<IChronologySource, HazardFlagChronologySource>();
        services.AddSingleton<IChronologySource, VisitChronologySource>();
        return services;
    }

    private static void AddShared(IServiceCollection services)
    {
        services.TryAddSingleton<EngagementClock>();
        services.TryAddSingleton<EngagementLineParser>();
        services.TryAddSingleton<EngagementDrafts>();
        services.TryAddSingleton<EngagementCards>();
        services.TryAddSingleton<CaseFactsReader>();
        services.TryAddSingleton<EngagementPatterns>();
        services.TryAddSingleton<EngagementRecorder>();
        services.TryAddSingleton<ChronologyView>();
        services.TryAddSingleton<SummaryView>();
        services.TryAddSingleton<PersonalChats>();
    }
}
