using System.Globalization;

namespace EngagementBot.Graph.Client;

/// <summary>Reads <c>Retry-After</c> (delta seconds or an HTTP date) from the headers an SDK exception carries.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var (name, values) in headers)
        {
            if (!string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = values.FirstOrDefault()?.Trim();
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                var delay = date - now;
                return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
            }
        }

        return null;
    }
}
