using System.Text.Json;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Engine;

namespace EngagementBot.Dialogs.Tests.Engine;

public class ConditionEvaluatorTests
{
    private static readonly Dictionary<string, JsonElement> Answers = new()
    {
        ["yes"] = JsonSerializer.SerializeToElement(true),
        ["venue"] = JsonSerializer.SerializeToElement("home"),
        ["count"] = JsonSerializer.SerializeToElement(3),
        ["risk.level"] = JsonSerializer.SerializeToElement("high"),
    };

    private static bool Evaluate(string condition) =>
        ConditionEvaluator.Evaluate(JsonSerializer.Deserialize<Condition>(condition, JsonSerializerOptions.Web)!, path => Answers.TryGetValue(path, out var v) ? v : null);

    [Theory]
    [InlineData("""{ "answer": "yes", "equals": true }""", true)]
    [InlineData("""{ "answer": "yes", "equals": false }""", false)]
    [InlineData("""{ "answer": "venue", "equals": "HOME" }""", true)]
    [InlineData("""{ "answer": "venue", "notEquals": "home" }""", false)]
    [InlineData("""{ "answer": "missing", "notEquals": "home" }""", true)]
    [InlineData("""{ "answer": "missing", "equals": "home" }""", false)]
    [InlineData("""{ "answer": "venue", "in": ["office", "home"] }""", true)]
    [InlineData("""{ "answer": "venue", "in": ["office"] }""", false)]
    [InlineData("""{ "answer": "count", "equals": 3 }""", true)]
    [InlineData("""{ "answer": "count", "greaterThan": 2 }""", true)]
    [InlineData("""{ "answer": "count", "greaterThan": 3 }""", false)]
    [InlineData("""{ "answer": "count", "lessThan": 4 }""", true)]
    [InlineData("""{ "answer": "count", "atLeast": 3 }""", true)]
    [InlineData("""{ "answer": "count", "atMost": 2 }""", false)]
    [InlineData("""{ "answer": "venue", "atLeast": 1 }""", false)]
    [InlineData("""{ "answer": "count", "exists": true }""", true)]
    [InlineData("""{ "answer": "missing", "exists": false }""", true)]
    [InlineData("""{ "answer": "risk.level", "equals": "high" }""", true)]
    [InlineData("""{ "all": [ { "answer": "yes", "equals": true }, { "answer": "count", "atLeast": 3 } ] }""", true)]
    [InlineData("""{ "all": [ { "answer": "yes", "equals": true }, { "answer": "count", "atLeast": 4 } ] }""", false)]
    [InlineData("""{ "any": [ { "answer": "yes", "equals": false }, { "answer": "count", "atLeast": 3 } ] }""", true)]
    [InlineData("""{ "any": [ { "answer": "yes", "equals": false }, { "answer": "count", "atLeast": 4 } ] }""", false)]
    [InlineData("""{ "not": { "answer": "yes", "equals": true } }""", false)]
    public void Evaluate_Condition_DecidesAgainstAnswers(string condition, bool expected) => Assert.Equal(expected, Evaluate(condition));
}
