namespace EngagementBot.Guidance.Model;

public enum Jurisdiction
{
    England,
    Wales,
    Scotland,
}
