namespace EngagementBot.Connector.Configuration;

/// <summary>OpenID metadata must come over https; plain http only from a loopback host (tests).</summary>
public static class MetadataAddressPolicy
{
    public static bool IsAllowed(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    /// <summary>Whether documents fetched for <paramref name="address"/> must use https.</summary>
    public static bool RequiresHttps(string address) =>
        !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
