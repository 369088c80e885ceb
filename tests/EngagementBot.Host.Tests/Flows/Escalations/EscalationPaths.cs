using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Testing;

namespace EngagementBot.Host.Tests.Flows.Escalations;

/// <summary>
/// Every route through a pack's escalation path, generated from the pack file itself: a depth-first walk
/// from the start taking each branch of each question, so a branch added to a pack is walked by the
/// transcript tests without anyone writing a test for it.
/// </summary>
public static class EscalationPaths
{
    public static readonly string[] PackIds = ["forth-valley-children", "cwm-taf-children"];

    public static ProcedurePack Load(string packId) =>
        PackJson.Read(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "packs", packId + ".json")), packId + ".json");

    /// <summary>(pack id, route) for every route of every pack; a route is the answers given at its questions, in order.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var packId in PackIds)
        {
            foreach (var route in Routes(Load(packId).EscalationPath))
            {
                data.Add(packId, string.Join(" > ", route));
            }
        }

        return data;
    }

    /// <summary>Each route as the list of "question=answer" it takes, ending at an outcome.</summary>
    public static List<List<string>> Routes(EscalationPath path)
    {
        var routes = new List<List<string>>();
        Walk(path, path.Find(path.Start)!, [], routes);
        return routes;
    }

    private static void Walk(EscalationPath path, EscalationNode node, List<string> taken, List<List<string>> routes)
    {
        switch (node.Kind)
        {
            case EscalationNodeKind.Outcome:
                routes.Add([.. taken, "end=" + node.Id]);
                return;
            case EscalationNodeKind.Question:
                foreach (var branch in node.Branches!)
                {
                    Walk(path, path.Find(branch.Next)!, [.. taken, $"{node.Id}={branch.Answer}"], routes);
                }

                return;
            default:
                Walk(path, path.Find(node.Next!)!, taken, routes);
                return;
        }
    }
}
