using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EngagementBot.Connector.Client.Tokens;
using EngagementBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>
/// The real host in-process (WebApplicationFactory) with production authentication against a
/// local OpenID server, a temporary SQLite database and a local fake connector.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "bot-app-id";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataFolder;

    private BotHost(WebApplicationFactory<Program> factory, FakeOpenIdServer openId, FakeConnector connector, string dataFolder)
    {
        _factory = factory;
        OpenId = openId;
        Connector = connector;
        _dataFolder = dataFolder;
        Client = factory.CreateClient();
    }

    public FakeOpenIdServer OpenId { get; }

    public FakeConnector Connector { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public string ServiceUrl => Connector.ServiceUrl.ToString();

    public static async Task<BotHost> StartAsync(bool developmentAuthentication = false, IDictionary<string, string?>? settings = null)
    {
        var openId = await FakeOpenIdServer.StartAsync("msteams");
        var connector = await FakeConnector.StartAsync();
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
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
                services.AddSingleton<IConnectorTokenProvider>(new StaticTokenProvider("outbound-test-token")));
        });
        var host = new BotHost(factory, openId, connector, dataFolder);
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
        await Connector.DisposeAsync();
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
