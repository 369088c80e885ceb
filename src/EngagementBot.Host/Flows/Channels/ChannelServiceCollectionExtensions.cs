using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.Channels;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// Delivers <typeparamref name="TPost"/> outbox messages as new channel threads with the card
    /// <typeparamref name="TCard"/> renders (and registers <see cref="ChannelThreads"/> if nothing has yet).
    /// </summary>
    public static IServiceCollection AddChannelThreadPosts<TPost, TCard>(this IServiceCollection services)
        where TPost : class, IChannelThreadPost
        where TCard : class, IChannelThreadCard<TPost>
    {
        services.TryAddSingleton<ChannelThreads>();
        services.TryAddSingleton<TCard>();
        services.TryAddSingleton<IChannelThreadCard<TPost>>(provider => provider.GetRequiredService<TCard>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSender, ChannelThreadPostSender<TPost>>());
        return services;
    }
}
