using EngagementBot.Domain.Turns;
using EngagementBot.Host.Emergency;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Alerts;

public static class AlertServiceCollectionExtensions
{
    /// <summary>
    /// The safety-alert flow: the lone-worker settings (<see cref="LoneWorkerServiceCollectionExtensions.AddLoneWorker"/>),
    /// <see cref="ISafetyAlerts"/> for the session flow, the SOS alarm behind <see cref="EmergencyResponder"/>,
    /// the outbox senders of its kinds, and two turn responders, registered where this is called — which
    /// must be before the dialog engine: the SOS cancel/duress responder (the engine would take "cancel"
    /// as leaving a dialog) and the alert card's "I'm handling this". Needs the Graph services, the
    /// stores and the outbox.
    /// </summary>
    public static IServiceCollection AddAlertFlow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLoneWorker(configuration);
        services.TryAddSingleton<AlertLadderBuilder>();
        services.TryAddSingleton<AlertFacts>();
        services.TryAddSingleton<AlertCards>();
        services.TryAddSingleton<IncidentAcknowledgements>();
        services.TryAddSingleton<AlertNotifications>();
        services.TryAddSingleton<AlertHandling>();
        services.TryAddSingleton<SosAlarm>();
        services.TryAddSingleton<PersonalChats>();
        services.TryAddSingleton<ChannelThreads>();
        services.TryAddSingleton<ISafetyAlerts, SafetyAlerts>();
        services.AddSingleton<ITurnResponder, SosCancelResponder>();
        services.AddSingleton<ITurnResponder, AlertCardResponder>();
        services.AddSingleton<IOutboxSender, AlertCardPostSender>();
        services.AddSingleton<IOutboxSender, AlertCardUpdateSender>();
        services.AddSingleton<IOutboxSender, AlertStepSender>();
        services.AddSingleton<IOutboxSender, SosFireSender>();
        return services;
    }
}
