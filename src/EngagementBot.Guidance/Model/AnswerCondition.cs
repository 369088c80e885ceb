namespace EngagementBot.Guidance.Model;

/// <summary>True when the answer to <see cref="Question"/> is one of <see cref="In"/>.</summary>
public sealed record AnswerCondition(string Question, IReadOnlyList<string> In);
