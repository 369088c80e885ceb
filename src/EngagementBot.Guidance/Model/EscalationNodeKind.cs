namespace EngagementBot.Guidance.Model;

public enum EscalationNodeKind
{
    Question,
    Step,
    Action,
    Outcome,
}
