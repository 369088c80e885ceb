using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>Item ids are unique within a pack, across all its lists.</summary>
public static class IdCheck
{
    public static IReadOnlyList<string> Duplicates(ProcedurePack pack) =>
        pack.CitedItems()
            .GroupBy(item => item.Id, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
}
