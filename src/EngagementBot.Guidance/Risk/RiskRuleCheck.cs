using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// Checks a pack's risk rules once, when the pack is loaded, so a broken board pack stops the bot at
/// start-up with the rule named instead of failing a practitioner's first risk assessment.
/// </summary>
public static class RiskRuleCheck
{
    /// <exception cref="InvalidDataException">A rule has a malformed condition, asks about a question the
    /// pack does not have, or names a recommendation the pack does not have.</exception>
    public static void Validate(ProcedurePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var questions = pack.PreContactQuestions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var recommendations = pack.Recommendations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in pack.RiskRules)
        {
            RuleConditions.CheckStructure(rule);
            foreach (var answer in rule.When.SelfAndDescendants().Select(c => c.Answer).OfType<AnswerCondition>())
            {
                if (!questions.Contains(answer.Question))
                {
                    throw new InvalidDataException($"Risk rule '{rule.Id}' asks about question '{answer.Question}', which pack '{pack.Id}' does not have.");
                }
            }

            foreach (var id in rule.RecommendationIds.Where(id => !recommendations.Contains(id)))
            {
                throw new InvalidDataException($"Risk rule '{rule.Id}' names recommendation '{id}', which pack '{pack.Id}' does not have.");
            }
        }
    }
}
