namespace EngagementBot.Guidance.Model;

public enum IncidentPhase
{
    During,
    StraightAfter,
    FollowUp,
}
