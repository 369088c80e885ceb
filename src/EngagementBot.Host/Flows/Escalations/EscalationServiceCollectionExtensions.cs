using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Adapters;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Escalations;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>
    /// The escalation flow: the dialog engine's graph port (<see cref="EscalationPathSource"/>, graph
    /// <c>escalation</c>), the option list <c>disguisedComplianceIndicators</c>, the dialog actions
    /// <c>escalation-start</c> and <c>submit-escalation</c>, the decision-card responder and typed
    /// "escalate &lt;case&gt;" (<see cref="EscalationCommandResponder"/>; both registered where this is called: after
    /// the dialogs, before the menu), and the outbox senders of its kinds. Uses the incident flow's
    /// <c>incidentAreas</c> list and the approval flow's <see cref="PersonalChats"/>.
    /// </summary>
    public static IServiceCollection AddEscalationFlow(this IServiceCollection services)
    {
        services.TryAddSingleton<IPackPathSource, EscalationPathSource>();
        services.AddSingleton<IOptionList, DisguisedComplianceList>();
        services.TryAddSingleton<PersonalChats>();
        services.TryAddSingleton<EscalationCards>();
        services.AddSingleton<EngagementBot.Domain.Engagement.IChronologySource, EscalationChronologySource>();
        services.TryAddSingleton<EscalationNotifications>();
        services.AddSingleton<IDialogAction, EscalationStartAction>();
        services.AddSingleton<IDialogAction, SubmitEscalationAction>();
        services.AddSingleton<ITurnResponder, EscalationCardResponder>();
        services.AddSingleton<ITurnResponder, EscalationCommandResponder>();
        services.AddSingleton<IOutboxSender, EscalationCardPostSender>();
        services.AddSingleton<IOutboxSender, EscalationCardUpdateSender>();
        services.AddChannelThreadPosts<EscalationSummaryPost, EscalationSummaryCard>();
        services.AddSingleton<IOutboxSender, EscalationReminderSender>();
        return services;
    }
}
