using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// The dialog action <c>submit-escalation</c>: rebuilds the walk of the active pack's escalation path from
/// the answers (<c>walk</c>), stores the record (attributable to the authenticated worker: case, concern,
/// area, evidence ticked, path taken, actions with owners and due dates, outcome), asks the line manager for
/// a decision, posts the summary to the area's channels and sets a reminder per action.
/// Idempotent for a dialog run: the record id derives from (instance, step) and every outbox id from the record.
/// Output: <c>{"status": "recorded" | "notIdentified" | "incomplete", "escalationId"?}</c>.
/// </summary>
public sealed partial class SubmitEscalationAction(
    IEscalationStore escalations,
    PackCatalog packs,
    EscalationNotifications notifications,
    TimeProvider clock,
    ILogger<SubmitEscalationAction> logger) : IDialogAction
{
    public const string ActionName = "submit-escalation";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raiser = context.Turn.From.AadObjectId;
        if (string.IsNullOrWhiteSpace(raiser))
        {
            return Result("notIdentified", null, EscalationTexts.NotIdentified);
        }

        var id = OutboxIds.For("escalation", context.InstanceId, context.StepId);
        var record = await escalations.FindAsync(id, cancellationToken);
        if (record is null)
        {
            record = NewRecord(id, context, raiser);
            if (record is null)
            {
                LogIncomplete(context.DialogId, context.StepId);
                return Result("incomplete", null, EscalationTexts.NotIdentified);
            }

            await escalations.AddAsync(record, cancellationToken);
            LogRecorded(record.Id, record.Path.Count, record.Actions.Count);
        }

        await notifications.AskManagerAsync(record, cancellationToken);
        var channels = await notifications.SummariseToChannelsAsync(record, cancellationToken);
        await notifications.ScheduleRemindersAsync(record, cancellationToken);
        return Result("recorded", record.Id, EscalationTexts.Recorded(record.CaseReference, record.Actions.Count, channels, managerAsked: true));
    }

    private EscalationRecord? NewRecord(Guid id, DialogActionContext context, string raiser)
    {
        var answers = context.Answers;
        var caseReference = Text(answers, "start", "caseReference") ?? Text(answers, "caseRef");
        var concern = Text(answers, "concern");
        var pack = packs.Active;
        var walk = EscalationWalk.Walk(pack.EscalationPath, answers.TryGetProperty("walk", out var walked) ? walked : default);
        if (caseReference is null || concern is null || walk.Outcome is null)
        {
            return null;
        }

        var evidence = answers.TryGetProperty("evidence", out var ticked) && ticked.ValueKind == JsonValueKind.Array
            ? ticked.EnumerateArray().Select(e => e.GetString()).OfType<string>().Distinct(StringComparer.Ordinal).ToList()
            : [];
        var turn = context.Turn;
        return new EscalationRecord(
            id,
            caseReference,
            Text(answers, "area"),
            pack.Id,
            concern,
            new EscalationRaiser(raiser, turn.From.Id, turn.From.Name, new ConversationRef(turn.Conversation.ChannelId, turn.Conversation.ConversationId)),
            walk.Steps,
            evidence,
            walk.Actions,
            walk.Outcome.Id,
            clock.GetUtcNow());
    }

    private static string? Text(JsonElement answers, params string[] path)
    {
        var value = answers;
        foreach (var part in path)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(part, out value))
            {
                return null;
            }
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
    }

    private static DialogActionResult Result(string status, Guid? escalationId, string text)
    {
        var output = new Dictionary<string, string> { ["status"] = status };
        if (escalationId is { } id)
        {
            output["escalationId"] = id.ToString("D");
        }

        return new DialogActionResult(JsonSerializer.SerializeToElement(output), [BotReply.FromText(text)]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} recorded: {Steps} steps, {Actions} actions")]
    private partial void LogRecorded(Guid escalationId, int steps, int actions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog {DialogId} step {StepId}: escalation answers incomplete, nothing recorded")]
    private partial void LogIncomplete(string dialogId, string stepId);
}
