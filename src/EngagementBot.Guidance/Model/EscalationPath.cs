namespace EngagementBot.Guidance.Model;

/// <summary>The escalation path as a graph walked from <see cref="Start"/>.</summary>
public sealed record EscalationPath(string Start, IReadOnlyList<EscalationNode> Nodes)
{
    public EscalationNode? Find(string id) => Nodes.FirstOrDefault(n => n.Id == id);
}
