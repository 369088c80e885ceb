namespace EngagementBot.Guidance.Model;

/// <summary>A behaviour a practitioner can record after an incident.</summary>
public sealed record ThreateningBehaviour(
    string Id,
    string Label,
    Severity Severity,
    bool PoliceMustBeTold,
    SourceRef Source,
    string? Description = null,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
