using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Turns;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Risk;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// <c>assess-risk</c>: the active pack's risk rules over the practitioner's answers and the hazard flags
/// active on the case. Replies with the risk card: the level in plain words, every factor with its
/// citation, and the advice. Output: <see cref="PlanRisk"/>.
/// Arguments: <c>caseReference</c> (a step id) and <c>answers</c> (the pack question steps).
/// </summary>
public sealed partial class AssessRiskAction(
    PackCatalog packs,
    IHazardFlagStore flags,
    ICardTemplates cards,
    TimeProvider clock,
    ILogger<AssessRiskAction> logger) : IDialogAction
{
    public const string ActionName = "assess-risk";

    public const string Template = "risk-assessment";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = new PlanArguments(context);
        var pack = packs.Active;
        var active = await flags.ActiveForCaseAsync(arguments.Text("caseReference"), clock.GetUtcNow(), cancellationToken);
        var assessment = RiskAssessor.Assess(pack, PackAnswers.ForRisk(arguments.Merged("answers")), CaseHazards.Context(active));
        var level = PlanRiskLevels.From(assessment.Level);
        var risk = new PlanRisk(
            VisitVocabulary.RiskLevels.Code(level),
            VisitVocabulary.RiskLevels.Text(level),
            assessment.JointVisitOffered,
            assessment.ManagerApprovalRequired,
            assessment.DoNotVisitAlone,
            [.. assessment.Factors.Select(f => new PlanRiskFactor(
                f.RuleId, f.Text, VisitVocabulary.RiskLevels.Code(PlanRiskLevels.From(f.Level)), Citations.Of(f.Source, pack)))]);
        LogAssessed(risk.Level, risk.Factors.Count);
        return new DialogActionResult(risk.ToJson(), [BotReply.FromCard(cards.Render(Template, Card(level, risk, assessment, pack)))]);
    }

    private static JsonObject Card(VisitRiskLevel level, PlanRisk risk, RiskAssessment assessment, ProcedurePack pack) => new()
    {
        ["title"] = CardData.Shown(PlanRiskLevels.Heading(level)),
        ["style"] = PlanRiskLevels.Style(level),
        ["summary"] = CardData.Shown(PlanRiskLevels.Meaning(level)),
        ["factors"] = new JsonArray([.. risk.Factors.Select(f => CardData.Cited(f.Text, f.Citation))]),
        ["recommendations"] = new JsonArray([.. assessment.Recommendations.Select(r => CardData.Cited(
            r.Audience == RecommendationAudience.Manager ? $"For your manager: {r.Text}" : r.Text, Citations.Of(r.Source, pack)))]),
        ["source"] = CardData.Shown($"From {pack.Title}."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Visit plan: risk assessed as {Level} with {FactorCount} factors")]
    private partial void LogAssessed(string level, int factorCount);
}
