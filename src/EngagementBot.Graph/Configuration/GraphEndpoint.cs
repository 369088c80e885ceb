using System.Diagnostics.CodeAnalysis;

namespace EngagementBot.Graph.Configuration;

/// <summary>The Graph root in effect: where requests go, which host gets tokens, which scope is asked for.</summary>
internal sealed record GraphEndpoint(Uri BaseUri)
{
    /// <summary>The base URL without a trailing slash, as the SDK's URL templates expect.</summary>
    public string BaseUrl => BaseUri.AbsoluteUri.TrimEnd('/');

    /// <summary>The only host the SDK attaches tokens to.</summary>
    public string Host => BaseUri.Host;

    /// <summary>Application permissions of the cloud the base URL belongs to (<c>https://graph.microsoft.com/.default</c>).</summary>
    public string Scope => $"{BaseUri.Scheme}://{BaseUri.Authority}/.default";

    /// <summary>Accepts absolute https URLs, and plain http only on a loopback host (local fakes).</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out GraphEndpoint? endpoint)
    {
        endpoint = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // the SDK's token provider refuses plain http except on exactly these hosts
        var allowed = uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && uri.Host is "localhost" or "127.0.0.1" or "[::1]");
        if (!allowed)
        {
            return false;
        }

        endpoint = new GraphEndpoint(uri);
        return true;
    }
}
