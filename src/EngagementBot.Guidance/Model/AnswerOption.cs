namespace EngagementBot.Guidance.Model;

/// <summary>One answer of a choice question.</summary>
public sealed record AnswerOption(string Id, string Label);
