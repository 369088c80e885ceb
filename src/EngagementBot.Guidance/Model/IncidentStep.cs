namespace EngagementBot.Guidance.Model;

/// <summary>What to do (or not do) when an incident happens and afterwards.</summary>
public sealed record IncidentStep(
    string Id,
    IncidentPhase Phase,
    IncidentActor Actor,
    IncidentStepKind Kind,
    string Text,
    SourceRef Source,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
