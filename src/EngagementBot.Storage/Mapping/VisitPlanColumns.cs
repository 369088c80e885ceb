using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementBot.Domain.Visits;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// How a plan's lists are written in one text column each: JSON arrays with short property names,
/// levels as their vocabulary codes. An unreadable value in the database is an error.
/// </summary>
internal static class VisitPlanColumns
{
    public static string AnswersToText(IReadOnlyList<VisitPlanAnswer> answers) =>
        JsonSerializer.Serialize(answers.Select(a => new AnswerRow(a.QuestionId, a.Answer)).ToArray());

    public static IReadOnlyList<VisitPlanAnswer> ParseAnswers(string text) =>
        [.. Rows<AnswerRow>(text).Select(r => new VisitPlanAnswer(r.Question, r.Answer))];

    public static string FactorsToText(IReadOnlyList<VisitRiskFactor> factors) =>
        JsonSerializer.Serialize(factors.Select(f => new FactorRow(f.RuleId, f.Text, VisitVocabulary.RiskLevels.Code(f.Level), f.Citation)).ToArray());

    public static IReadOnlyList<VisitRiskFactor> ParseFactors(string text) =>
        [.. Rows<FactorRow>(text).Select(r => new VisitRiskFactor(r.Rule, r.Text, VisitVocabulary.RiskLevels.ReadCode(r.Level), r.Citation))];

    private static T[] Rows<T>(string text) =>
        JsonSerializer.Deserialize<T[]>(text) ?? throw new InvalidOperationException("A visit plan list in the database is null.");

    private sealed record AnswerRow(
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("answer")] string Answer);

    private sealed record FactorRow(
        [property: JsonPropertyName("rule")] string Rule,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("level")] string Level,
        [property: JsonPropertyName("citation")] string Citation);
}
