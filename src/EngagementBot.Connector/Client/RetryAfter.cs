using System.Net.Http.Headers;

namespace EngagementBot.Connector.Client;

/// <summary>Reads a <c>Retry-After</c> header (delta seconds or HTTP date) into a bounded delay.</summary>
public static class RetryAfter
{
    public static TimeSpan? Read(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan cap)
    {
        if (header is null)
        {
            return null;
        }

        TimeSpan? delay = header.Delta ?? (header.Date is { } date ? date - now : null);
        if (delay is not { } value)
        {
            return null;
        }

        if (value < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return value > cap ? cap : value;
    }
}
