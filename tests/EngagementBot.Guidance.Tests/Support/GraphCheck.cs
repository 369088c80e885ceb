using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>
/// The escalation path is a well-formed graph: the start exists, every next/branch points to a node,
/// node kinds match their links, every node is reachable from the start, and there is an outcome.
/// </summary>
public static class GraphCheck
{
    public static IReadOnlyList<string> Problems(EscalationPath path)
    {
        var problems = new List<string>();
        var nodes = path.Nodes.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (!nodes.ContainsKey(path.Start))
        {
            problems.Add($"start '{path.Start}' is not a node");
        }

        foreach (var node in path.Nodes)
        {
            problems.AddRange(ShapeProblems(node));
            problems.AddRange(node.Successors
                .Where(next => !nodes.ContainsKey(next))
                .Select(next => $"{node.Id}: next '{next}' is not a node"));
        }

        var reached = Reachable(path.Start, nodes);
        problems.AddRange(path.Nodes.Where(n => !reached.Contains(n.Id)).Select(n => $"{n.Id}: not reachable from start"));
        if (!path.Nodes.Any(n => n.Kind == EscalationNodeKind.Outcome))
        {
            problems.Add("no outcome node");
        }

        return problems;
    }

    private static IEnumerable<string> ShapeProblems(EscalationNode node)
    {
        var hasNext = node.Next is not null;
        var branchCount = node.Branches?.Count ?? 0;
        var ok = node.Kind switch
        {
            EscalationNodeKind.Question => !hasNext && branchCount >= 2,
            EscalationNodeKind.Outcome => !hasNext && branchCount == 0,
            _ => hasNext && branchCount == 0,
        };
        if (!ok)
        {
            yield return $"{node.Id}: a {node.Kind} node has next={hasNext} and {branchCount} branches";
        }

        var answers = node.Branches?.Select(b => b.Answer).ToList() ?? [];
        if (answers.Count != answers.Distinct(StringComparer.Ordinal).Count())
        {
            yield return $"{node.Id}: two branches share an answer";
        }
    }

    private static HashSet<string> Reachable(string start, Dictionary<string, EscalationNode> nodes)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            if (!reached.Add(id) || !nodes.TryGetValue(id, out var node))
            {
                continue;
            }

            foreach (var next in node.Successors)
            {
                queue.Enqueue(next);
            }
        }

        return reached;
    }
}
