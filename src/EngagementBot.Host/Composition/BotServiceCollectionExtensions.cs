using EngagementBot.Cards;
using EngagementBot.Connector;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Domain.Turns;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Graph;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Adapters;
using EngagementBot.Host.Emergency;
using EngagementBot.Host.Flows.Alerts;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Flows.Engagement;
using EngagementBot.Host.Flows.Escalations;
using EngagementBot.Host.Flows.Incidents;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Host.Observability;
using EngagementBot.Host.Outbox;
using EngagementBot.Host.Turns;
using EngagementBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Composition;

public static class BotServiceCollectionExtensions
{
    /// <summary>Everything the bot host needs, each project through its own <c>Add…</c>.</summary>
    public static IServiceCollection AddEngagementBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotConnector(configuration);
        services.AddEngagementBotStorage(configuration);
        services.AddCardTemplates(configuration);
        services.AddGuidancePacks(configuration);
        services.AddDialogs(configuration);
        services.AddEngagementBotGraph(configuration);
        services.AddBotTelemetry(configuration);
        services.AddHostedService<StartupDataCheck>();

        // The dialog engine's ports, served by the other projects.
        services.TryAddSingleton<ICardRenderer, CardRenderer>();
        services.TryAddSingleton<IPackQuestionSource, PackQuestionSource>();
        services.TryAddSingleton<IOptionListSource, OptionListSource>();
        services.AddSingleton<IOptionList, ThreateningBehaviourList>();
        services.TryAddSingleton<IEmergencyHandler, EmergencyResponder>();
        services.TryAddSingleton<DialogActionRegistry>();
        services.AddPlanVisitFlow();

        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<Outbox.Outbox>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<IOutboxSender, ProactiveMessageSender>();
        services.AddGraphOutboxSenders();

        // Responders are asked in this order: the SOS cancel window and alert cards (before the dialogs,
        // which would take "cancel" as leaving a dialog), a pending engagement log line's yes / change /
        // cancel, dialogs, approval cards, session commands, channel alert commands, engagement log and
        // chronology commands, the menu last.
        services.AddAlertFlow(configuration);
        services.AddEngagementConfirmations();
        services.AddSingleton<ITurnResponder>(provider => provider.GetRequiredService<DialogEngine>());
        services.AddApprovalFlow(configuration);
        services.AddSessionFlow(configuration);
        services.AddIncidentFlow(configuration);
        services.AddEngagementFlow();
        services.AddEscalationFlow();
        services.AddSingleton<ITurnResponder, MenuResponder>();
        services.TryAddSingleton<TurnResponders>();
        services.TryAddSingleton<ConversationReferenceCache>();
        services.TryAddSingleton<TurnPipeline>();
        return services;
    }
}
