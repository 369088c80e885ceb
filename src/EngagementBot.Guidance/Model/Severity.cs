namespace EngagementBot.Guidance.Model;

public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
