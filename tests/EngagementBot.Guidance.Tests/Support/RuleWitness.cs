using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Risk;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>
/// Builds answers and a case context under which a rule's condition holds: all → every part, any → the
/// first part, answer → the first listed answer, flag → the case fact behind it, behaviour → recorded.
/// </summary>
public static class RuleWitness
{
    public static (Dictionary<string, PackAnswer> Answers, RiskContext Context) For(RiskRule rule)
    {
        var answers = new Dictionary<string, PackAnswer>(StringComparer.Ordinal);
        var hazards = new List<CaseHazard>();
        var behaviours = new List<string>();
        var accessDenied = false;
        var childNotSeen = false;

        void Satisfy(RiskCondition condition)
        {
            switch (condition)
            {
                case { All: { } all }:
                    all.ToList().ForEach(Satisfy);
                    break;
                case { Any: { } any }:
                    Satisfy(any[0]);
                    break;
                case { Answer: { } answer }:
                    answers[answer.Question] = answer.In[0];
                    break;
                case { Flag: CaseFlags.CaseHazardFlag }:
                    hazards.Add(new CaseHazard("violence", Severity.High));
                    break;
                case { Flag: CaseFlags.AccessDenied }:
                    accessDenied = true;
                    break;
                case { Flag: CaseFlags.ChildNotSeen }:
                    childNotSeen = true;
                    break;
                case { Behaviour: { } behaviour }:
                    behaviours.Add(behaviour);
                    break;
                default:
                    throw new NotSupportedException($"{rule.Id}: no witness for this condition; extend RuleWitness.");
            }
        }

        Satisfy(rule.When);
        return (answers, new RiskContext(hazards, accessDenied, childNotSeen, behaviours));
    }
}
