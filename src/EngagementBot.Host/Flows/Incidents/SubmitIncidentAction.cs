using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// The dialog action <c>submit-incident</c>: stores the incident (attributable to the authenticated reporter,
/// never changed afterwards), raises a hazard flag on the case (kind, severity and advice from the behaviours,
/// review date from configuration), queues a risk alert for every channel subscribed for the area, schedules
/// the debrief follow-up, and tells the line manager (<see cref="IIncidentEscalation"/>). Then thanks the
/// reporter without blame and lists the support on offer.
/// Idempotent for a dialog run: incident and flag ids derive from (instance, step) and every outbox id from
/// the incident, so running the step again stores and sends nothing twice.
/// Output: <c>{"status": "submitted" | "notIdentified" | "incomplete", "incidentId"?}</c>.
/// </summary>
public sealed partial class SubmitIncidentAction(
    IIncidentStore incidents,
    IHazardFlagStore flags,
    PackCatalog packs,
    IncidentNotifications notifications,
    IIncidentEscalation escalation,
    IOptions<IncidentOptions> options,
    TimeProvider clock,
    ILogger<SubmitIncidentAction> logger) : IDialogAction
{
    public const string ActionName = "submit-incident";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reporter = context.Turn.From.AadObjectId;
        if (string.IsNullOrWhiteSpace(reporter))
        {
            return Result("notIdentified", null, [BotReply.FromText(IncidentTexts.NotIdentified)]);
        }

        var answers = IncidentAnswers.Read(context.Answers);
        if (answers.CaseReference is null || answers.OccurredAt is null || answers.Venue is null)
        {
            LogIncomplete(context.DialogId, context.StepId);
            return Result("incomplete", null, [BotReply.FromText(IncidentTexts.NotIdentified)]);
        }

        var id = OutboxIds.For("incident", context.InstanceId, context.StepId);
        var incident = await incidents.FindAsync(id, cancellationToken);
        if (incident is null)
        {
            incident = NewIncident(id, context, answers, reporter);
            await incidents.AddAsync(incident, cancellationToken);
            LogSubmitted(incident.Id, incident.Behaviours.Count);
        }

        var flag = await RaiseFlagAsync(incident, cancellationToken);
        var channels = await notifications.AlertChannelsAsync(incident, flag, cancellationToken);
        await notifications.ScheduleFollowUpAsync(incident, cancellationToken);
        await escalation.NotifyManagerAsync(incident, flag, cancellationToken);
        var settings = options.Value;
        return Result("submitted", incident.Id,
        [
            BotReply.FromText(IncidentTexts.Submitted(incident, channels)),
            BotReply.FromText(IncidentTexts.Support(settings.Support, settings.DebriefWithinWorkingDays)),
        ]);
    }

    private Incident NewIncident(Guid id, DialogActionContext context, IncidentAnswers answers, string reporter)
    {
        var turn = context.Turn;
        var pack = packs.Active;
        var mustTell = pack.ThreateningBehaviours.Any(b => b.PoliceMustBeTold && answers.Behaviours.Contains(b.Id));
        var now = clock.GetUtcNow();
        return new Incident(
            id,
            answers.CaseReference!,
            answers.Area,
            pack.Id,
            new IncidentReporter(reporter, turn.From.Id, turn.From.Name, new ConversationRef(turn.Conversation.ChannelId, turn.Conversation.ConversationId)),
            answers.OccurredAt!.Value > now ? now : answers.OccurredAt.Value,
            answers.Venue!,
            answers.Location,
            answers.Behaviours,
            answers.OtherBehaviour,
            answers.Narrative,
            answers.AnyoneHurt,
            answers.AtRiskSeen,
            answers.AtRiskSeen ? answers.AtRiskSeemed : null,
            mustTell,
            answers.PoliceTold,
            answers.PoliceTold ? answers.CrimeReference : null,
            now);
    }

    /// <summary>The incident's hazard flag, raised once (its id derives from the incident).</summary>
    private async Task<HazardFlag> RaiseFlagAsync(Incident incident, CancellationToken cancellationToken)
    {
        var flagId = OutboxIds.For("incident-flag", incident.Id.ToString("D"));
        if (await flags.FindAsync(flagId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var known = packs.TryGet(incident.PackId, out var pack) ? pack.ThreateningBehaviours.Where(b => incident.Behaviours.Contains(b.Id)).ToList() : [];
        var hazard = IncidentHazard.From(known);
        var settings = options.Value;
        var flag = HazardFlag.Raise(
            flagId, incident.CaseReference, hazard.Kind, hazard.Severity, hazard.Advice,
            incident.SubmittedAt + settings.FlagReviewAfter, new CaseActor(incident.Reporter.AadObjectId, settings.Agency),
            incident.SubmittedAt, incident.Id);
        await flags.AddAsync(flag, cancellationToken);
        return flag;
    }

    private static DialogActionResult Result(string status, Guid? incidentId, IReadOnlyList<BotReply> replies)
    {
        var output = new Dictionary<string, string> { ["status"] = status };
        if (incidentId is { } id)
        {
            output["incidentId"] = id.ToString("D");
        }

        return new DialogActionResult(JsonSerializer.SerializeToElement(output), replies);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog {DialogId} step {StepId} submits an incident but the case reference, time or place is missing from its answers")]
    private partial void LogIncomplete(string dialogId, string stepId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} submitted ({Behaviours} behaviours chosen)")]
    private partial void LogSubmitted(Guid incidentId, int behaviours);
}
