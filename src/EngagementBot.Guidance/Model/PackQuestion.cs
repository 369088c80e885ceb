namespace EngagementBot.Guidance.Model;

/// <summary>A question asked before contact with the family. Yes/no answers are "yes" and "no".</summary>
public sealed record PackQuestion(
    string Id,
    string Group,
    string Text,
    QuestionKind Kind,
    SourceRef Source,
    string? Help = null,
    IReadOnlyList<AnswerOption>? Options = null,
    RiskHint? Risk = null,
    IReadOnlyList<string>? RecommendationIds = null,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
