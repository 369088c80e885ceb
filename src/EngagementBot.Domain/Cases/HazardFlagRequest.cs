namespace EngagementBot.Domain.Cases;

/// <summary>What someone asks to flag on a case; the register adds the id and the time.</summary>
public sealed record HazardFlagRequest(
    string CaseReference,
    HazardKind Kind,
    HazardSeverity Severity,
    IReadOnlyList<HazardAdvice> Advice,
    DateTimeOffset ReviewDate,
    CaseActor RaisedBy,
    Guid? SourceIncidentId = null);
