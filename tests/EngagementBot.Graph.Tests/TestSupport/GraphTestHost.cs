using EngagementBot.Graph.Configuration;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Graph.Tests.TestSupport;

/// <summary>
/// The Graph services as the Host composes them (<c>AddEngagementBotGraph</c>, the real Graph SDK),
/// pointed at a <see cref="FakeGraphServer"/> through <c>Graph:BaseUrl</c>, with a static token.
/// </summary>
internal sealed class GraphTestHost : IAsyncDisposable
{
    private GraphTestHost(FakeGraphServer graph, ServiceProvider services, StaticTokenCredential credential)
    {
        Graph = graph;
        Services = services;
        Credential = credential;
    }

    public FakeGraphServer Graph { get; }

    public ServiceProvider Services { get; }

    public StaticTokenCredential Credential { get; }

    public static async Task<GraphTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(GraphIds.Sender, "EngagementBot notifications", "engagementbot@contoso.example"));
        var configuration = new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:TeamsAppId"] = GraphIds.TeamsApp,
            ["Graph:MailSenderAadObjectId"] = GraphIds.Sender,
            ["Graph:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var credential = new StaticTokenCredential(GraphIds.Token);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new GraphCredentialOverride(credential))
            .AddEngagementBotGraph(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new GraphTestHost(graph, services, credential);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
