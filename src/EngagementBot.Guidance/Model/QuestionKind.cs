namespace EngagementBot.Guidance.Model;

public enum QuestionKind
{
    YesNo,
    Choice,
    Text,
}
