using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Cards;

/// <summary>Composition of the cards project.</summary>
public static class CardServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CardTemplates"/> (and <see cref="ICardTemplates"/>) as a singleton that
    /// loads the folder named by <c>Cards:Path</c>, or the <c>cards</c> folder found walking up from
    /// the content root / application base directory. Templates load on first use; a broken
    /// template throws then.
    /// </summary>
    public static IServiceCollection AddCardTemplates(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<CardTemplatesOptions>(configuration.GetSection(CardTemplatesOptions.SectionName));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CardTemplatesOptions>>().Value;
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath;
            var folder = CardsFolder.Resolve(options.Path, contentRoot, AppContext.BaseDirectory);
            var templates = CardTemplates.Load(folder);
            provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(CardTemplates))
                .LogInformation("Loaded {Count} card templates from {Folder}", templates.Ids.Count, folder);
            return templates;
        });
        services.AddSingleton<ICardTemplates>(provider => provider.GetRequiredService<CardTemplates>());
        return services;
    }
}
