namespace EngagementBot.Guidance.Model;

/// <summary>Do: a step to take. Avoid: a trap to steer clear of.</summary>
public enum IncidentStepKind
{
    Do,
    Avoid,
}
