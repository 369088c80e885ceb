using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.LoneWorker;

public static class LoneWorkerServiceCollectionExtensions
{
    /// <summary>
    /// What the lone-worker flows share: <see cref="LoneWorkerOptions"/> (section <c>LoneWorker</c>, validated
    /// at start) and the <see cref="TeamDirectory"/>. Safe to call more than once. Until the alert flow
    /// registers its <see cref="ISafetyAlerts"/>, a stand-in keeps every overdue escalation queued (retried,
    /// never dropped) instead of pretending it was raised.
    /// </summary>
    public static IServiceCollection AddLoneWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoneWorkerOptions>()
            .Bind(configuration.GetSection(LoneWorkerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<TeamDirectory>();
        services.TryAddSingleton<ISafetyAlerts, NoAlertFlow>();
        return services;
    }

    /// <summary>No alert flow registered: raising fails transiently (the outbox retries it), standing down has nothing to do.</summary>
    private sealed class NoAlertFlow : ISafetyAlerts
    {
        public Task<SafetyAlert> RaiseOverdueAsync(VisitSession session, CancellationToken cancellationToken) =>
            throw new OutboxDeliveryException("no alert flow is registered to raise the overdue alert", isTransient: true);

        public Task StandDownAsync(Guid alertId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
