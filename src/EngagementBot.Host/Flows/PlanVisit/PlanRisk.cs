using System.Text.Json;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// The output of <c>assess-risk</c>, stored as that step's answer: the level (a code of
/// <c>VisitVocabulary.RiskLevels</c>) and its words, the three decisions the plan dialog branches on
/// (<c>risk.jointVisitOffered</c>, <c>risk.managerApprovalRequired</c>, <c>risk.doNotVisitAlone</c>),
/// and the factors exactly as shown, so <c>save-plan</c> records what the practitioner saw.
/// </summary>
public sealed record PlanRisk(
    string Level,
    string LevelText,
    bool JointVisitOffered,
    bool ManagerApprovalRequired,
    bool DoNotVisitAlone,
    IReadOnlyList<PlanRiskFactor> Factors)
{
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, JsonSerializerOptions.Web);

    public static PlanRisk? From(JsonElement? answer) =>
        answer is { ValueKind: JsonValueKind.Object } value ? value.Deserialize<PlanRisk>(JsonSerializerOptions.Web) : null;
}

/// <summary>One factor as shown: the pack rule, its words, its level code and its citation.</summary>
public sealed record PlanRiskFactor(string Rule, string Text, string Level, string Citation);
