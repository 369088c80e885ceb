using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// <c>save-plan</c>: records the visit plan (<see cref="VisitPlan"/>): case, when, where, back by, the
/// pack answers, the risk level and factors as shown, whether a joint visit was wanted, who planned it
/// (directory object id from the authenticated activity) from which conversation, and when. Its id comes
/// from the dialog run, so a retried turn stores it once. Says nothing; output: <c>{ planId }</c>.
/// Arguments (step ids): <c>caseReference</c>, <c>visitAt</c>, <c>venue</c>, <c>returnBy</c>,
/// <c>answers</c> (a list), <c>risk</c> (the assess-risk step), <c>jointVisit</c> (may be unanswered).
/// </summary>
public sealed partial class SavePlanAction(
    IVisitPlanStore plans,
    PackCatalog packs,
    TimeProvider clock,
    ILogger<SavePlanAction> logger) : IDialogAction
{
    public const string ActionName = "save-plan";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = new PlanArguments(context);
        var risk = PlanRisk.From(arguments.Answer("risk"))
            ?? throw new InvalidOperationException($"Action step '{context.StepId}' found no risk assessment at the step its argument 'risk' names.");
        var plan = new VisitPlan(
            StableIds.For("visit-plan", context.InstanceId),
            arguments.Text("caseReference"),
            arguments.Time("visitAt"),
            VisitVocabulary.Venues.Parse(arguments.Text("venue")),
            arguments.Time("returnBy"),
            packs.Active.Id,
            [.. arguments.Merged("answers")
                .Select(a => (Question: a.Key, Answer: PackAnswers.Text(a.Value)))
                .Where(a => a.Answer is not null)
                .Select(a => new VisitPlanAnswer(a.Question, a.Answer!))],
            VisitVocabulary.RiskLevels.Parse(risk.Level),
            [.. risk.Factors.Select(f => new VisitRiskFactor(f.Rule, f.Text, VisitVocabulary.RiskLevels.Parse(f.Level), f.Citation))],
            arguments.Answer("jointVisit") is { ValueKind: JsonValueKind.True or JsonValueKind.False } wanted ? wanted.GetBoolean() : null,
            context.Turn.From.AadObjectId ?? context.Turn.From.Id,
            context.Turn.Conversation.Key,
            clock.GetUtcNow());
        var added = await plans.AddAsync(plan, cancellationToken);
        LogSaved(risk.Level, added);
        return new DialogActionResult(JsonSerializer.SerializeToElement(new { planId = plan.Id }), []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Visit plan saved (risk level {Level}, new {Added})")]
    private partial void LogSaved(string level, bool added);
}
