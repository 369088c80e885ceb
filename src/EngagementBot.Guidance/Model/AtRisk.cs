namespace EngagementBot.Guidance.Model;

/// <summary>Who the procedure protects.</summary>
public enum AtRisk
{
    Child,
    Adult,
}
