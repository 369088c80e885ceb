using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// Works out how risky a visit is from a procedure pack's risk rules: pure, no IO, same input same output.
/// <list type="bullet">
/// <item>Every rule whose condition holds (see <see cref="RuleConditions"/>) is a factor, named by the
/// rule's factor text and cited by the rule's source.</item>
/// <item>The level is the highest level among the factors; low when no rule matches.</item>
/// <item>Factors are listed most serious first, then in pack order. Recommendations follow the factors:
/// each factor's recommendation ids in the rule's order, each recommendation kept the first time it
/// appears.</item>
/// <item>Answers the pack cannot use (unknown question, or not one of the question's answers) are ignored,
/// as if unanswered.</item>
/// </list>
/// </summary>
public static class RiskAssessor
{
    /// <exception cref="InvalidDataException">The pack is broken: a malformed condition, or a rule naming a
    /// recommendation the pack does not have.</exception>
    public static RiskAssessment Assess(ProcedurePack pack, IReadOnlyDictionary<string, PackAnswer> answers, RiskContext context)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(context);

        var conditions = new RuleConditions(new AnswerSheet(pack, answers), context.Flags, context.Behaviours ?? []);
        var matching = pack.RiskRules
            .Where(conditions.Holds)
            .OrderByDescending(rule => rule.Level)
            .ToList();

        var factors = matching.Select(rule => new RiskFactor(rule.Id, rule.Factor, rule.Level, rule.Source)).ToList();
        var level = matching.Count > 0 ? matching[0].Level : RiskLevel.Low;
        return new RiskAssessment(level, factors, Recommendations(pack, matching));
    }

    private static List<RiskRecommendation> Recommendations(ProcedurePack pack, IEnumerable<RiskRule> rules)
    {
        var byId = pack.Recommendations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var result = new List<RiskRecommendation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var id in rule.RecommendationIds.Where(seen.Add))
            {
                var recommendation = byId.TryGetValue(id, out var found)
                    ? found
                    : throw new InvalidDataException($"Risk rule '{rule.Id}' names recommendation '{id}', which pack '{pack.Id}' does not have.");
                result.Add(new RiskRecommendation(recommendation.Id, recommendation.Text, recommendation.Audience, recommendation.Source));
            }
        }

        return result;
    }
}
