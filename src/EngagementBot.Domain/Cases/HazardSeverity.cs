namespace EngagementBot.Domain.Cases;

/// <summary>How serious a hazard is, least to most. Codes and texts are in <see cref="HazardVocabulary.Severities"/>.</summary>
public enum HazardSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
