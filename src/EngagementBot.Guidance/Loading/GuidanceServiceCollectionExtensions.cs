using EngagementBot.Guidance.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngagementBot.Guidance.Loading;

public static class GuidanceServiceCollectionExtensions
{
    /// <summary>
    /// Binds "Guidance" (PacksPath, ActivePack) and registers the <see cref="PackCatalog"/> and the active
    /// <see cref="ProcedurePack"/> as singletons. Packs are read on first use.
    /// </summary>
    public static IServiceCollection AddGuidancePacks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GuidanceOptions>(configuration.GetSection(GuidanceOptions.SectionName));
        services.AddSingleton(sp => PackCatalog.Load(sp.GetRequiredService<IOptions<GuidanceOptions>>().Value));
        services.AddSingleton(sp => sp.GetRequiredService<PackCatalog>().Active);
        return services;
    }
}
