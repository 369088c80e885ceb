namespace EngagementBot.Guidance.Model;

/// <summary>One answer of a question node and the node it leads to.</summary>
public sealed record EscalationBranch(string Answer, string Label, string Next);
