using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Runs the active pack's engagement patterns after an event is logged. A pattern that holds prompts the
/// worker (and, when it says so, tells their line manager at once through the outbox) only if it has not
/// prompted on the case within its quiet window: the prompt is recorded first, atomically, so two events
/// logged at once prompt once. Prompt and outbox ids derive from (pattern, event), so running this again for
/// the same event repeats the words but queues nothing twice.
/// </summary>
public sealed partial class EngagementPatterns(
    IEngagementLog log,
    CaseFactsReader factsReader,
    PackCatalog packs,
    EngagementClock clock,
    OutboxQueue outbox,
    ICardRenderer cards,
    ILogger<EngagementPatterns> logger)
{
    /// <summary>The worker's prompt: what the pattern found, the pack's prompt, and Escalate / Chronology buttons.</summary>
    public const string PromptTemplateId = "engagement-prompt";

    /// <summary>The prompts for the worker, in pack order (empty when no pattern fires).</summary>
    public async Task<IReadOnlyList<BotReply>> AfterLoggedAsync(EngagementEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var pack = packs.Active;
        var facts = await factsReader.ReadAsync(logged.CaseReference, cancellationToken);
        var today = clock.Today;
        var now = clock.Now;
        var replies = new List<BotReply>();
        foreach (var pattern in pack.EngagementPatterns)
        {
            var rule = EngagementRules.From(pattern);
            if (!rule.Holds(facts, logged, today))
            {
                continue;
            }

            var prompt = new EngagementPrompt(OutboxIds.For("engagement-prompt", rule.Id, logged.Id.ToString("D")), logged.CaseReference, rule.Id, logged.Id, now);
            if (!await log.TryRecordPromptAsync(prompt, now.AddDays(-rule.QuietDays), cancellationToken)
                && !(await log.PromptsForCaseAsync(logged.CaseReference, cancellationToken)).Any(p => p.Id == prompt.Id))
            {
                continue;
            }

            var finding = Finding(rule, facts, logged, pack, today);
            var citation = Citations.Of(pattern.Source, pack);
            if (rule.TellManager)
            {
                var body = $"{finding} Logged for {logged.Agency}. {ManagerAdvice(rule)} (Guidance: {citation}.) "
                    + $"Type \"chronology {logged.CaseReference}\" to the bot for the whole picture.";
                await outbox.EnqueueAsync(
                    OutboxIds.For("engagement-prompt:" + prompt.Id.ToString("D"), "manager"),
                    EngagementOutboxKinds.ManagerNotice,
                    new EngagementManagerNotice(prompt.Id, logged.RecordedBy, EngagementTexts.ManagerSubject(logged.CaseReference), body, logged.Conversation),
                    now,
                    prompt.Id.ToString("D"),
                    cancellationToken);
            }

            LogPrompted(prompt.Id, rule.TellManager);
            replies.Add(BotReply.FromCard(cards.Render(PromptTemplateId, new JsonObject
            {
                ["caseReference"] = logged.CaseReference,
                ["text"] = CardText.Escape($"{finding} {EngagementTexts.WorkerPrompt(pattern.Prompt, logged.CaseReference, rule.TellManager)}"),
                ["guidance"] = CardText.Escape($"Guidance: {citation}."),
            })));
        }

        return replies;
    }

    /// <summary>What the pattern found, in counts and vocabulary words only.</summary>
    private string Finding(PatternRule rule, CaseFacts facts, EngagementEvent logged, ProcedurePack pack, DateOnly today)
    {
        var person = pack.Terms.PersonAtRisk;
        var kinds = string.Join(" or ", rule.Events.Order().Select(k => EngagementVocabulary.Text(k, person).ToLowerInvariant()));
        return rule.Kind switch
        {
            PatternKind.Repeated =>
                $"Case {logged.CaseReference}: {facts.Within(rule.WithinDays, today, rule.Events).Count()} logged in the last {rule.WithinDays} days ({kinds}).",
            PatternKind.NotSeenFor =>
                $"Case {logged.CaseReference}: the {person} has not been seen for {facts.DaysNotSeen(today)} days.",
            PatternKind.Occurred =>
                $"Case {logged.CaseReference}: {EngagementVocabulary.Text(logged.Kind, person).ToLowerInvariant()} on {clock.Text(logged.OccurredOn)}.",
            _ =>
                $"Case {logged.CaseReference}: {facts.HostileAgencies(rule.WithinDays, today, rule.Events).Count} agencies report hostility in the last {rule.WithinDays} days ({string.Join(", ", facts.HostileAgencies(rule.WithinDays, today, rule.Events))}).",
        };
    }

    private static string ManagerAdvice(PatternRule rule) => rule.Kind == PatternKind.Occurred
        ? "The guidance asks for a manager to be consulted straight away: please speak to the worker today."
        : "Please talk it through with the worker and consider escalating.";

    [LoggerMessage(Level = LogLevel.Information, Message = "Engagement prompt {PromptId} recorded (manager told: {ManagerTold})")]
    private partial void LogPrompted(Guid promptId, bool managerTold);
}
