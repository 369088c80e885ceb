using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Sources;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>Every item cites a document that exists and a section that exists in it.</summary>
public static class CitationCheck
{
    public static IReadOnlyList<string> Problems(ProcedurePack pack, SourceLibrary sources)
    {
        var problems = new List<string>();
        if (sources.Find(pack.BasedOn.Document) is null)
        {
            problems.Add($"basedOn: unknown document {pack.BasedOn.Document}");
        }

        foreach (var item in pack.CitedItems())
        {
            foreach (var source in new[] { item.Source }.Concat(item.AlsoSee ?? []))
            {
                var index = sources.Find(source.Document);
                if (index is null)
                {
                    problems.Add($"{item.Id}: unknown document {source.Document}");
                }
                else if (!index.Contains(source.Section))
                {
                    problems.Add($"{item.Id}: no section '{source.Section}' in {source.Document}");
                }
            }
        }

        return problems;
    }
}
