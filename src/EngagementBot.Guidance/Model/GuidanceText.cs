namespace EngagementBot.Guidance.Model;

/// <summary>A cited line of guidance: a disguised-compliance indicator or a written-agreement element.</summary>
public sealed record GuidanceText(
    string Id,
    string Text,
    SourceRef Source,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
