namespace EngagementBot.Guidance.Model;

public enum IncidentActor
{
    Practitioner,
    Manager,
}
