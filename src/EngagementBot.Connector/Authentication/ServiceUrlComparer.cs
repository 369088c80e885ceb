namespace EngagementBot.Connector.Authentication;

/// <summary>Compares service URLs the way the connector means them: case-insensitive, trailing slash ignored.</summary>
public static class ServiceUrlComparer
{
    public static bool AreSame(string? left, string? right)
    {
        if (string.IsNullOrWhiteSpace(left) || string.IsNullOrWhiteSpace(right))
        {
            return false;
        }

        return string.Equals(left.Trim().TrimEnd('/'), right.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}
