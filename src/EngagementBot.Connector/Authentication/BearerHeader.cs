namespace EngagementBot.Connector.Authentication;

/// <summary>Reads the token out of an <c>Authorization: Bearer …</c> header.</summary>
internal static class BearerHeader
{
    private const string Scheme = "Bearer ";

    public static bool TryGetToken(string? headerValue, out string token)
    {
        token = string.Empty;
        if (headerValue is null)
        {
            return false;
        }

        var value = headerValue.AsSpan().Trim();
        if (!value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var candidate = value[Scheme.Length..].Trim();
        if (candidate.IsEmpty || candidate.ContainsAny(' ', '\t', ','))
        {
            return false;
        }

        token = candidate.ToString();
        return true;
    }
}
