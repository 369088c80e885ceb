namespace EngagementBot.Guidance.Model;

/// <summary>
/// Shown beside a question: which answers raise the risk, the factor named, and its weight (1 to 3).
/// The risk engine evaluates <see cref="RiskRule"/>s; this is the hint.
/// </summary>
public sealed record RiskHint(IReadOnlyList<string> RaisedBy, string Factor, int Weight);
