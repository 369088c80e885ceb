using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.LoneWorker;

public static class LoneWorkerServiceCollectionExtensions
{
    /// <summary>
    /// What the lone-worker flows share: <see cref="LoneWorkerOptions"/> (section <c>LoneWorker</c>, validated
    /// at start) and the <see cref="TeamDirectory"/>. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddLoneWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoneWorkerOptions>()
            .Bind(configuration.GetSection(LoneWorkerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<TeamDirectory>();
        return services;
    }
}
