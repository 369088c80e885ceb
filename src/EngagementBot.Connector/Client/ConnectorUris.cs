namespace EngagementBot.Connector.Client;

/// <summary>
/// Builds connector URLs. Every id is escaped as one path segment: Teams ids contain ':' ';' '@'.
/// </summary>
public static class ConnectorUris
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}");

    public static Uri Member(string serviceUrl, string conversationId, string userId) =>
        Build(serviceUrl, $"v3/conversations/{Segment(conversationId)}/members/{Segment(userId)}");

    private static string Segment(string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ConnectorException("An id in a connector URL is empty.", statusCode: null, errorCode: "InvalidArgument", isTransient: false, retryAfter: null);
        }

        return Uri.EscapeDataString(id);
    }

    private static Uri Build(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ConnectorException("The service URL is not an absolute http(s) URL.", statusCode: null, errorCode: "InvalidServiceUrl", isTransient: false, retryAfter: null);
        }

        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri.AbsoluteUri : baseUri.AbsoluteUri + "/";
        return new Uri(root + relativePath, UriKind.Absolute);
    }
}
