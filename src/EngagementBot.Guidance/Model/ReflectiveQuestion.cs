namespace EngagementBot.Guidance.Model;

/// <summary>A question for supervision or self-reflection, grouped by theme.</summary>
public sealed record ReflectiveQuestion(
    string Id,
    string Theme,
    string Text,
    SourceRef Source,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
