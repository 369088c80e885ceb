using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// An active hazard flag on the case as the risk engine sees it: its kind code (e.g. "violence",
/// "access-denied") and its severity. Nothing else of the flag matters to the level.
/// </summary>
public sealed record CaseHazard(string Kind, Severity Severity);
