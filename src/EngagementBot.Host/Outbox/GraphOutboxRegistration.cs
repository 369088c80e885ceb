namespace EngagementBot.Host.Outbox;

public static class GraphOutboxRegistration
{
    /// <summary>The outbox senders of the Graph payload kinds (<c>GraphOutboxKinds</c>): feed notices, mail, app installs.</summary>
    public static IServiceCollection AddGraphOutboxSenders(this IServiceCollection services)
    {
        services.AddSingleton<IOutboxSender, GraphActivityFeedSender>();
        services.AddSingleton<IOutboxSender, GraphMailSender>();
        services.AddSingleton<IOutboxSender, GraphTeamsAppInstallSender>();
        return services;
    }
}
