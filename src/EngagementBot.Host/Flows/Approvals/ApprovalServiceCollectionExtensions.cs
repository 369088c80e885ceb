using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Approvals;

public static class ApprovalServiceCollectionExtensions
{
    /// <summary>
    /// The joint-visit approval flow: <see cref="ApprovalOptions"/> (section <c>Approvals</c>, validated at
    /// start), the dialog action <c>request-joint-visit</c>, the card responder (registered where this is
    /// called: after the dialog engine, before the menu) and the outbox senders of its kinds. Needs the
    /// Graph services (<c>AddEngagementBotGraph</c>) and the outbox.
    /// </summary>
    public static IServiceCollection AddApprovalFlow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApprovalOptions>()
            .Bind(configuration.GetSection(ApprovalOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.EscalateAfter > o.ReminderAfter, "Approvals:EscalateAfter must be longer than Approvals:ReminderAfter.")
            .ValidateOnStart();
        services.TryAddSingleton<ApprovalCards>();
        services.TryAddSingleton<ApprovalNotifications>();
        services.TryAddSingleton<PersonalChats>();
        services.AddSingleton<IDialogAction, RequestJointVisitAction>();
        services.AddSingleton<ITurnResponder, ApprovalCardResponder>();
        services.AddSingleton<IOutboxSender, ApprovalCardPostSender>();
        services.AddSingleton<IOutboxSender, ApprovalCardUpdateSender>();
        services.AddSingleton<IOutboxSender, ApprovalDeadlineSender>();
        return services;
    }
}
