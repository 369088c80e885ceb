using System.Security.Cryptography;
using System.Text;

namespace EngagementBot.Host.Outbox;

/// <summary>
/// Outbox message ids derived from what the message is for (e.g. "approval 42, card for the
/// manager"): enqueueing the same thing twice, after a retry or a crash, stores it once.
/// </summary>
public static class OutboxIds
{
    public static Guid For(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        // RFC 9562 version 8 (custom) and variant bits, so the value is a well-formed UUID
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
