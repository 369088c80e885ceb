using Azure.Identity;
using EngagementBot.Graph.Configuration;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace EngagementBot.Graph.Client;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/> of the process:
/// <list type="bullet">
/// <item>requests go to <see cref="GraphOptions.BaseUrl"/> (the SDK's request adapter base URL);</item>
/// <item>tokens come from the <see cref="GraphCredentialOverride"/> when one is registered, else from
/// a <see cref="ClientSecretCredential"/>, and are attached only to the base URL's host;</item>
/// <item>the SDK's own retry middleware is removed: throttling (429 + Retry-After) and 5xx surface
/// at once as a transient <see cref="GraphDeliveryException"/> and the durable outbox decides when
/// to try again, instead of a hidden in-process wait that holds the dispatcher;</item>
/// <item>each request is bounded by <see cref="GraphOptions.Timeout"/>.</item>
/// </list>
/// </summary>
internal static class GraphServiceClientBuilder
{
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    public static GraphClientHandle Create(GraphOptions options, GraphCredentialOverride? credentialOverride)
    {
        if (!GraphEndpoint.TryParse(options.BaseUrl, out var endpoint))
        {
            throw new InvalidOperationException("Graph:BaseUrl must be an absolute https URL (plain http only on a loopback host).");
        }

        var credential = credentialOverride?.Credential ?? CreateSecretCredential(options);
        var authentication = new AzureIdentityAuthenticationProvider(
            credential,
            allowedHosts: [endpoint.Host],
            scopes: [endpoint.Scope]);

        var httpClient = Microsoft.Graph.GraphClientFactory.Create(
            WithoutRetries(Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers()),
            finalHandler: new SocketsHttpHandler
            {
                PooledConnectionLifetime = PooledConnectionLifetime,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            });
        httpClient.Timeout = options.Timeout;

        return new GraphClientHandle(new GraphServiceClient(httpClient, authentication, endpoint.BaseUrl), httpClient);
    }

    /// <summary>The SDK's default middleware minus <see cref="RetryHandler"/>.</summary>
    internal static List<DelegatingHandler> WithoutRetries(IEnumerable<DelegatingHandler> handlers)
    {
        var kept = new List<DelegatingHandler>();
        foreach (var handler in handlers)
        {
            if (handler is RetryHandler)
            {
                handler.Dispose();
                continue;
            }

            kept.Add(handler);
        }

        return kept;
    }

    private static ClientSecretCredential CreateSecretCredential(GraphOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            throw new InvalidOperationException("Graph is enabled but has no credentials: set Graph:TenantId/ClientId/ClientSecret (or Bot:TenantId/AppId/AppPassword).");
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }
}
