using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Adapters;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Incidents;

public static class IncidentServiceCollectionExtensions
{
    /// <summary>
    /// The post-incident procedure and channel risk alerts: <see cref="IncidentOptions"/> (section
    /// <c>Incidents</c>, validated at start), the option list <c>incidentAreas</c>, the dialog actions
    /// <c>incident-emergency</c>, <c>incident-police-check</c> and <c>submit-incident</c>, the channel
    /// <c>alerts</c> commands (registered where this is called: before the menu), the outbox senders of its
    /// kinds, and <see cref="IIncidentEscalation"/> through the safety-alert ladder (needs
    /// <see cref="Alerts.AlertServiceCollectionExtensions.AddAlertFlow"/>) unless another is registered first.
    /// </summary>
    public static IServiceCollection AddIncidentFlow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IncidentOptions>()
            .Bind(configuration.GetSection(IncidentOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Support.All(s => !string.IsNullOrWhiteSpace(s.Name)), "Incidents:Support entries need a Name.")
            .ValidateOnStart();
        services.AddSingleton<IOptionList, IncidentAreaList>();
        services.TryAddSingleton<IncidentNotifications>();
        services.TryAddSingleton<IIncidentEscalation, IncidentAlertEscalation>();
        services.AddSingleton<IDialogAction, IncidentEmergencyAction>();
        services.AddSingleton<IDialogAction, PoliceCheckAction>();
        services.AddSingleton<IDialogAction, SubmitIncidentAction>();
        services.AddSingleton<ITurnResponder, ChannelAlertResponder>();
        services.AddChannelThreadPosts<RiskAlertPost, RiskAlertCard>();
        services.AddSingleton<IOutboxSender, IncidentFollowUpSender>();
        services.AddSingleton<IOutboxSender, IncidentAlertSender>();
        services.AddSingleton<IOutboxSender, IncidentDebriefSender>();
        return services;
    }
}
