using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// <c>show-hazard-flags</c>: every hazard flag active on the case now, raised by any agency, as one
/// card (kind, severity, advice, review date, the agency that raised it — never who). Nothing is said
/// when there are none. Output: <c>{ count }</c>.
/// Arguments: <c>caseReference</c> (the step holding the case reference).
/// </summary>
public sealed partial class ShowHazardFlagsAction(
    IHazardFlagStore flags,
    ICardTemplates cards,
    LocalDates dates,
    TimeProvider clock,
    ILogger<ShowHazardFlagsAction> logger) : IDialogAction
{
    public const string ActionName = "show-hazard-flags";

    public const string Template = "hazard-flags";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var active = await flags.ActiveForCaseAsync(new PlanArguments(context).Text("caseReference"), clock.GetUtcNow(), cancellationToken);
        LogShown(active.Count);
        var output = JsonSerializer.SerializeToElement(new { count = active.Count });
        return active.Count == 0
            ? new DialogActionResult(output, [])
            : new DialogActionResult(output, [BotReply.FromCard(cards.Render(Template, Card(active)))]);
    }

    private JsonObject Card(IReadOnlyList<HazardFlag> active) => new()
    {
        ["title"] = CardData.Shown(active.Count == 1 ? "A warning is recorded on this case" : $"{active.Count} warnings are recorded on this case"),
        ["intro"] = CardData.Shown("Workers from any agency can record these. Read them before you go: they shape the advice that follows."),
        ["flags"] = new JsonArray([.. active.Select(Flag)]),
    };

    private JsonObject Flag(HazardFlag flag) => new()
    {
        ["kind"] = CardData.Shown(HazardVocabulary.Kinds.Text(flag.Kind)),
        ["facts"] = new JsonArray(
            CardData.Fact("Severity", HazardVocabulary.Severities.Text(flag.Severity)),
            CardData.Fact("Advice", flag.Advice.Count == 0 ? "None recorded" : string.Join("; ", flag.Advice.Select(HazardVocabulary.Advice.Text))),
            CardData.Fact("Review by", dates.Date(flag.ReviewDate)),
            CardData.Fact("Raised by", flag.RaisedByAgency)),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Visit plan: {Count} active hazard flags shown")]
    private partial void LogShown(int count);
}
