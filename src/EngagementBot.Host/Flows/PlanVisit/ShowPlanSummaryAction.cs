using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Domain.Visits;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// <c>show-plan-summary</c>: the plan as it was recorded, read back from the store, on the plan-summary
/// card — so what the practitioner sees is exactly what is kept about their visit.
/// Arguments: <c>plan</c> (the save-plan step, whose output holds <c>planId</c>).
/// </summary>
public sealed class ShowPlanSummaryAction(IVisitPlanStore plans, ICardTemplates cards, LocalDates dates) : IDialogAction
{
    public const string ActionName = "show-plan-summary";

    public const string Template = "plan-summary";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = await new PlanArguments(context).SavedPlanAsync("plan", plans, cancellationToken);
        return new DialogActionResult(null, [BotReply.FromCard(cards.Render(Template, Card(plan)))]);
    }

    private JsonObject Card(VisitPlan plan) => new()
    {
        ["title"] = CardData.Shown("Your visit plan is saved"),
        ["level"] = CardData.Shown($"Risk: {VisitVocabulary.RiskLevels.Text(plan.RiskLevel).ToLowerInvariant()}"),
        ["style"] = PlanRiskLevels.Style(plan.RiskLevel),
        ["facts"] = new JsonArray(
            CardData.Fact("Case reference", plan.CaseReference),
            CardData.Fact("Visit", dates.DateTime(plan.VisitAt)),
            CardData.Fact("Where", VisitVocabulary.Venues.Text(plan.Venue)),
            CardData.Fact("Back by", dates.DateTime(plan.ReturnBy)),
            CardData.Fact("Reasons", plan.Factors.Count == 0 ? "None" : $"{plan.Factors.Count}, shown above"),
            CardData.Fact("Joint visit", JointVisit(plan)),
            CardData.Fact("Manager approval", plan.RiskLevel >= VisitRiskLevel.High ? "Needed before you go" : "Not needed")),
        ["note"] = CardData.Shown(
            "I'll keep an eye on your return time: if you're not back by then, I'll check on you, then tell your manager. Your session card follows."),
    };

    private static string JointVisit(VisitPlan plan) => plan switch
    {
        { RiskLevel: VisitRiskLevel.DoNotVisitAlone } => "Required",
        { JointVisitWanted: true } => "Asked for",
        { JointVisitWanted: false } => "Not wanted",
        _ => "Not needed",
    };
}
