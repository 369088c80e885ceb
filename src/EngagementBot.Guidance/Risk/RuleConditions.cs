using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// Decides whether a rule's condition holds. all: every part holds; any: at least one does; not: the part
/// does not; answer: the question was answered with one of the listed answers (an unanswered question
/// matches no answer); flag: the case has that flag; behaviour: that behaviour is recorded on the case.
/// </summary>
internal sealed class RuleConditions(AnswerSheet answers, IReadOnlySet<string> flags, IReadOnlyCollection<string> behaviours)
{
    /// <exception cref="InvalidDataException">A condition of the rule sets none, or more than one, of its members.</exception>
    public bool Holds(RiskRule rule)
    {
        CheckStructure(rule);
        return Holds(rule.When);
    }

    /// <exception cref="InvalidDataException">A condition of the rule sets none, or more than one, of its members.</exception>
    public static void CheckStructure(RiskRule rule)
    {
        if (rule.When.SelfAndDescendants().Any(c => MemberCount(c) != 1))
        {
            throw new InvalidDataException(
                $"Risk rule '{rule.Id}': every condition must set exactly one of all, any, not, answer, flag, behaviour.");
        }
    }

    private bool Holds(RiskCondition condition) => condition switch
    {
        { All: { } all } => all.All(Holds),
        { Any: { } any } => any.Any(Holds),
        { Not: { } not } => !Holds(not),
        { Answer: { } answer } => answers.AnsweredWithAnyOf(answer.Question, answer.In),
        { Flag: { } flag } => flags.Contains(flag),
        { Behaviour: { } behaviour } => behaviours.Contains(behaviour, StringComparer.Ordinal),
        _ => false,
    };

    private static int MemberCount(RiskCondition c) =>
        (c.All is null ? 0 : 1) + (c.Any is null ? 0 : 1) + (c.Not is null ? 0 : 1)
        + (c.Answer is null ? 0 : 1) + (c.Flag is null ? 0 : 1) + (c.Behaviour is null ? 0 : 1);
}
