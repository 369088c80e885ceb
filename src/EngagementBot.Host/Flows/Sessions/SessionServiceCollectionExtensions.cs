using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Engagement;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Sessions;

public static class SessionServiceCollectionExtensions
{
    /// <summary>
    /// The lone-worker session flow: the dialog action <c>start-session</c>, the command responder (registered
    /// where this is called: after the dialog engine, before the menu), the outbox senders of its kinds
    /// (cards, deadline timers, the end-of-day sweep), the sessions' lines in case chronologies and the start-up
    /// check that the next sweep is queued.
    /// Needs the lone-worker options (<see cref="LoneWorkerServiceCollectionExtensions.AddLoneWorker"/>, called
    /// here), the Graph services, the outbox, and an <see cref="ISafetyAlerts"/> from the alert flow.
    /// </summary>
    public static IServiceCollection AddSessionFlow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLoneWorker(configuration);
        services.TryAddSingleton<SessionTimes>();
        services.TryAddSingleton<EngagementClock>();
        services.TryAddSingleton<SessionCards>();
        services.TryAddSingleton<SessionNotifications>();
        services.TryAddSingleton<SessionChanges>();
        services.TryAddSingleton<SweepSchedule>();
        services.TryAddSingleton<TeamStatusAccess>();
        services.TryAddSingleton<TeamStatusView>();
        services.AddSingleton<IDialogAction, StartSessionAction>();
        services.AddSingleton<IChronologySource, SessionChronologySource>();
        services.AddSingleton<ITurnResponder, SessionCommandResponder>();
        services.AddSingleton<IOutboxSender, SessionCardPostSender>();
        services.AddSingleton<IOutboxSender, SessionCardUpdateSender>();
        services.AddSingleton<IOutboxSender, SessionDeadlineSender>();
        services.AddSingleton<IOutboxSender, EndOfDaySweepSender>();
        services.AddHostedService<SweepScheduler>();
        return services;
    }
}
