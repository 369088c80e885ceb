using System.Security.Cryptography;
using System.Text;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Ids derived from a key (a dialog run's instance id), so an action that runs twice for one run (a
/// retried turn) writes the same record again instead of a second one: the same key always gives the
/// same id. A version 8 (name-based, SHA-256) UUID.
/// </summary>
internal static class StableIds
{
    public static Guid For(string scope, string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}|{key}"))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
