using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>
/// Ids used inside a pack point at something real: recommendation ids, questions and answers named in risk
/// rules, behaviours named in risk rules, answers named in risk hints. A question with a risk hint is used by
/// at least one rule, so the hint and the engine cannot disagree silently.
/// </summary>
public static class ReferenceCheck
{
    private static readonly string[] YesNo = ["yes", "no"];

    public static IReadOnlyList<string> Problems(ProcedurePack pack)
    {
        var problems = new List<string>();
        var recommendations = pack.Recommendations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var behaviours = pack.ThreateningBehaviours.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var questions = pack.PreContactQuestions.ToDictionary(q => q.Id, StringComparer.Ordinal);

        IEnumerable<(string Owner, IReadOnlyList<string>? Ids)> recommendationUses =
            pack.PreContactQuestions.Select(q => (q.Id, q.RecommendationIds))
                .Concat(pack.EscalationPath.Nodes.Select(n => (n.Id, n.RecommendationIds)))
                .Concat(pack.RiskRules.Select(r => (r.Id, (IReadOnlyList<string>?)r.RecommendationIds)));
        foreach (var (owner, ids) in recommendationUses)
        {
            problems.AddRange((ids ?? []).Where(id => !recommendations.Contains(id))
                .Select(id => $"{owner}: unknown recommendation '{id}'"));
        }

        foreach (var question in pack.PreContactQuestions.Where(q => q.Risk is not null))
        {
            var allowed = AllowedAnswers(question);
            problems.AddRange(question.Risk!.RaisedBy.Where(a => !allowed.Contains(a))
                .Select(a => $"{question.Id}: risk hint names answer '{a}' the question cannot give"));
        }

        var questionsInRules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in pack.RiskRules)
        {
            foreach (var condition in rule.When.SelfAndDescendants())
            {
                if (condition.Behaviour is { } behaviour && !behaviours.Contains(behaviour))
                {
                    problems.Add($"{rule.Id}: unknown behaviour '{behaviour}'");
                }

                if (condition.Answer is not { } answer)
                {
                    continue;
                }

                questionsInRules.Add(answer.Question);
                if (!questions.TryGetValue(answer.Question, out var question))
                {
                    problems.Add($"{rule.Id}: unknown question '{answer.Question}'");
                    continue;
                }

                var allowed = AllowedAnswers(question);
                problems.AddRange(answer.In.Where(a => !allowed.Contains(a))
                    .Select(a => $"{rule.Id}: question '{question.Id}' cannot be answered '{a}'"));
            }
        }

        problems.AddRange(pack.PreContactQuestions
            .Where(q => q.Risk is not null && !questionsInRules.Contains(q.Id))
            .Select(q => $"{q.Id}: has a risk hint but no risk rule uses it"));
        return problems;
    }

    private static HashSet<string> AllowedAnswers(PackQuestion question) => question.Kind switch
    {
        QuestionKind.YesNo => YesNo.ToHashSet(StringComparer.Ordinal),
        QuestionKind.Choice => (question.Options ?? []).Select(o => o.Id).ToHashSet(StringComparer.Ordinal),
        _ => [],
    };
}
