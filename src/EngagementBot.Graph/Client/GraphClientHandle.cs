using Microsoft.Graph;

namespace EngagementBot.Graph.Client;

/// <summary>
/// Owns the HttpClient under the <see cref="GraphServiceClient"/>: the SDK does not dispose an
/// HttpClient it was given, so the container disposes it through this handle.
/// </summary>
internal sealed class GraphClientHandle(GraphServiceClient client, HttpClient httpClient) : IDisposable
{
    public GraphServiceClient Client { get; } = client;

    public void Dispose()
    {
        Client.Dispose();
        httpClient.Dispose();
    }
}
