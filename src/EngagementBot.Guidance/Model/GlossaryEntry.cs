namespace EngagementBot.Guidance.Model;

/// <summary>A term the bot can explain ("what is disguised compliance?").</summary>
public sealed record GlossaryEntry(
    string Id,
    string Term,
    string Meaning,
    SourceRef Source,
    string? Category = null,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
