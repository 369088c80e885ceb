using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EngagementBot.Connector.Client.Tokens;
using EngagementBot.Graph.Configuration;
using EngagementBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>
/// The real host in-process (WebApplicationFactory) with production authentication against a
/// local OpenID server, a temporary SQLite database (or, through <c>settings</c>, any other storage such
/// as a <see cref="Testing.Postgres.ScratchPostgresDatabase"/>'s) and a local fake connector, its own or
/// one shared with other hosts (<see cref="SharedFakes"/>).
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "bot-app-id";

    /// <summary>The Teams app catalog id and the notification mailbox configured when a fake Graph is given.</summary>
    public const string GraphTeamsAppId = "teams-app-1";

    public const string GraphMailSender = "aad-bot-mailbox";

    /// <summary>The token a host presents to the connector and to Graph (followed by <c>-</c> and the instance name of a shared host).</summary>
    public const string OutboundToken = "outbound-test-token";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataFolder;
    private readonly bool _ownsFakes;

    private BotHost(WebApplicationFactory<Program> factory, FakeOpenIdServer openId, FakeConnector connector, FakeGraphServer? graph, string dataFolder, bool ownsFakes)
    {
        _factory = factory;
        OpenId = openId;
        Connector = connector;
        Graph = graph;
        _dataFolder = dataFolder;
        _ownsFakes = ownsFakes;
        Client = factory.CreateClient();
    }

    public FakeOpenIdServer OpenId { get; }

    public FakeConnector Connector { get; }

    /// <summary>The fake Graph the host talks to, when one was given (owned and disposed by the host unless shared).</summary>
    public FakeGraphServer? Graph { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public string ServiceUrl => Connector.ServiceUrl.ToString();

    /// <param name="graph">A fake Graph to enable the Graph integration against (static token, <see cref="GraphTeamsAppId"/>,
    /// <see cref="GraphMailSender"/> added as a user); null leaves Graph disabled, as by default.</param>
    /// <param name="clock">The host's clock (timers, deadlines, due outbox work); null keeps the system clock. Token lifetimes always use real time.</param>
    /// <param name="shared">The connector and Graph fakes this host shares with others (then <paramref name="graph"/> must be null); null starts a connector of its own.</param>
    public static async Task<BotHost> StartAsync(
        bool developmentAuthentication = false, IDictionary<string, string?>? settings = null, FakeGraphServer? graph = null, TimeProvider? clock = null, SharedFakes? shared = null)
    {
        if (shared is not null && graph is not null)
        {
            throw new ArgumentException("A host with shared fakes uses the shared Graph.", nameof(graph));
        }

        graph ??= shared?.Graph;
        var outboundToken = shared is null ? OutboundToken : $"{OutboundToken}-{shared.Instance}";
        var openId = await FakeOpenIdServer.StartAsync("msteams");
        var connector = shared?.Connector ?? await FakeConnector.StartAsync();
        var dataFolder = Path.Combine(Path.GetTempPath(), "engagementbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(developmentAuthentication ? "Development" : "Production");
            builder.UseSetting("Bot:DevelopmentAuthentication", developmentAuthentication ? "true" : "false");
            builder.UseSetting("Bot:AppId", AppId);
            builder.UseSetting("Bot:AppPassword", "not-a-real-secret");
            builder.UseSetting("Bot:TenantId", "tenant-1");
            builder.UseSetting("Bot:OpenIdMetadataUrl", openId.MetadataUrl.ToString());
            builder.UseSetting("Bot:EntraOpenIdMetadataUrl", openId.MetadataUrl.ToString());
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(dataFolder, "bot.db"));
            if (graph is not null)
            {
                graph.AddUser(new FakeGraphUser(GraphMailSender, "EngagementBot notifications", "engagementbot@contoso.example"));
                builder.UseSetting("Graph:Enabled", "true");
                builder.UseSetting("Graph:BaseUrl", graph.BaseUrl);
                builder.UseSetting("Graph:TeamsAppId", GraphTeamsAppId);
                builder.UseSetting("Graph:MailSenderAadObjectId", GraphMailSender);
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IConnectorTokenProvider>(new StaticTokenProvider(outboundToken));
                if (clock is not null)
                {
                    services.AddSingleton(clock);
                }

                if (graph is not null)
                {
                    services.AddSingleton(new GraphCredentialOverride(new StaticGraphCredential(shared is null ? "graph-test-token" : outboundToken)));
                }
            });
        });
        var host = new BotHost(factory, openId, connector, graph, dataFolder, ownsFakes: shared is null);
        _ = factory.Server; // start now, so start-up failures surface here
        return host;
    }

    /// <summary>A token the channel would send for an activity to this bot.</summary>
    public string ValidToken() => OpenId.CreateToken(AppId, ServiceUrl);

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? bearerToken) =>
        PostRawAsync(activity.ToJsonString(), bearerToken);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsFakes)
        {
            await Connector.DisposeAsync();
            if (Graph is not null)
            {
                await Graph.DisposeAsync();
            }
        }

        await OpenId.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: SQLite may still hold the WAL open for a moment
        }
    }
}
