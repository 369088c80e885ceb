using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Everything the alert flow tells anyone goes through the durable outbox, with ids derived from
/// (alert, purpose, step, recipient): calling any method here again — after a retry, a crash or a
/// timer delivered twice — enqueues nothing twice, while each repeat past the last rung (a new step)
/// goes out once more. Nothing here ever writes to the worker's chat for a silent (duress) alert, and
/// nothing about an incident ever goes to a channel.
/// </summary>
public sealed class AlertNotifications(
    OutboxQueue outbox,
    IConversationReferenceStore references,
    AlertFacts facts,
    ICardTemplates templates,
    TeamDirectory teams,
    TimeProvider clock)
{
    /// <summary>The card that offers the worker to report an incident once their alert is over.</summary>
    public const string OfferTemplateId = "incident-offer";

    /// <summary>
    /// The people and channels asked at the alert's current step: the whole ladder when it was raised
    /// all at once (SOS, duress) or the step is a repeat past the last rung, else that step's rung.
    /// </summary>
    public static IReadOnlyList<AlertTarget> AskedAt(SafetyAlert alert, bool allAtOnce)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return allAtOnce || alert.Step > alert.LastRung
            ? [.. alert.Ladder.SelectMany(rung => rung.Targets)]
            : alert.Ladder[alert.Step].Targets;
    }

    /// <summary>The audit detail of a step: its number and the roles told with counts, never names (<c>step=1;told=second-contact:1</c>).</summary>
    public static string Detail(SafetyAlert alert, IReadOnlyList<AlertTarget> told, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(told);
        var roles = string.Join(',', told.GroupBy(t => t.Role, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count().ToString(CultureInfo.InvariantCulture)}"));
        var detail = $"step={alert.Step.ToString(CultureInfo.InvariantCulture)};told={(roles.Length == 0 ? "none" : roles)}";
        return note is null ? detail : $"{note};{detail}";
    }

    /// <summary>
    /// Tells <paramref name="told"/> (see <see cref="AskedAt"/>) at the alert's current step — the card
    /// (or, for those who have it, a reminder) with the feed notice after it, and an urgent mail to each
    /// person — then sets the timer for when the step runs out. An incident's report is for people only:
    /// a channel on its ladder would be skipped.
    /// </summary>
    public async Task TellAsync(SafetyAlert alert, IReadOnlyList<AlertTarget> told, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(told);
        var step = alert.Step;
        var repeat = step > alert.LastRung;
        var now = clock.GetUtcNow();
        var chatLink = await ChatLinkAsync(alert, cancellationToken);
        var mailFacts = await facts.ForAsync(alert, cardTimes: false, cancellationToken);
        foreach (var target in told.Where(t => alert.Kind != AlertKind.Incident || t.Kind == AlertTargetKind.Person))
        {
            await EnqueueAsync(OutboxIds.For(Key(alert), "tell", Number(step), TargetKey(target)), AlertOutboxKinds.PostCard, new AlertCardPost(alert.Id, target, step), now, alert, cancellationToken);
            if (target.Kind == AlertTargetKind.Person)
            {
                var mail = new MailNotice(AlertTexts.MailSubject(alert, repeat), AlertTexts.MailBody(alert, mailFacts, chatLink), Urgent: true);
                await EnqueueAsync(OutboxIds.For(Key(alert), "mail", Number(step), target.Id), GraphOutboxKinds.Mail, new MailPayload(target.Id, mail), now, alert, cancellationToken);
            }
        }

        if (alert.NextStepAt is { } due)
        {
            await EnqueueAsync(OutboxIds.For(Key(alert), "step", Number(step)), AlertOutboxKinds.Step, new AlertStepDue(alert.Id, step), due, alert, cancellationToken);
        }
    }

    /// <summary>The activity-feed notice for a person asked at <paramref name="step"/>, once their card is in their chat.</summary>
    public async Task<Guid> FeedAsync(SafetyAlert alert, string recipientAadObjectId, int step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var now = clock.GetUtcNow();
        var caseReference = alert.CaseReference ?? "not recorded";
        var worker = AlertTexts.WorkerName(alert);
        var (type, parameters) = alert.Kind switch
        {
            AlertKind.Overdue => (FeedActivityType.OverdueVisitAlert, new FeedTemplateParameters(CaseReference: caseReference, Worker: worker, MinutesOverdue: MinutesOverdue(alert, now))),
            AlertKind.Incident => (FeedActivityType.IncidentReported, new FeedTemplateParameters(CaseReference: caseReference, Worker: worker)),
            _ => (FeedActivityType.HelpRequested, new FeedTemplateParameters(CaseReference: caseReference, Worker: worker)),
        };
        var notice = new ActivityFeedNotice(
            type, FeedTopic.Text(AlertTexts.ChannelTitle, await ChatLinkAsync(alert, cancellationToken)), AlertTexts.FeedPreview(alert), parameters, ChainOf(alert));
        return await EnqueueAsync(
            OutboxIds.For(Key(alert), "feed", Number(step), recipientAadObjectId), GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload(recipientAadObjectId, notice), now, alert, cancellationToken);
    }

    /// <summary>Sets the timer that ends an SOS's cancel window.</summary>
    public Task<Guid> ArmAsync(SafetyAlert alert, DateTimeOffset fireAt, CancellationToken cancellationToken) =>
        EnqueueAsync(OutboxIds.For(Key(alert), "fire"), AlertOutboxKinds.SosFire, new SosFireDue(alert.Id), fireAt, alert, cancellationToken);

    /// <summary>
    /// Someone took it on: every posted copy is updated in place, the worker is told who (never for a
    /// silent alert) — for an incident, that their manager has seen it and what was decided
    /// (<paramref name="decisions"/>) — and someone who took it from a channel gets the full card in their
    /// 1:1 chat. After an SOS or an overdue alert the worker is offered to report an incident.
    /// </summary>
    public async Task HandledAsync(SafetyAlert alert, IReadOnlyList<string> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(decisions);
        await UpdateEveryCopyAsync(alert, cancellationToken);
        if (alert.HandledBy is { } handler && !alert.ToldTargets.Any(t => t.Kind == AlertTargetKind.Person && string.Equals(t.Id, handler, StringComparison.OrdinalIgnoreCase)))
        {
            var target = AlertTarget.Person(handler, AlertRoles.TeamChannel);
            await EnqueueAsync(OutboxIds.For(Key(alert), "handler-details", handler), AlertOutboxKinds.PostCard, new AlertCardPost(alert.Id, target, alert.Step), clock.GetUtcNow(), alert, cancellationToken);
        }

        if (!alert.Silent)
        {
            var text = alert.Kind == AlertKind.Incident ? AlertTexts.IncidentAcknowledged(alert, decisions, teams.Zone) : AlertTexts.Handling(alert, teams.Zone);
            await TellWorkerAsync(alert, "worker-handled", text, cancellationToken);
            await OfferIncidentReportAsync(alert, cancellationToken);
        }
    }

    /// <summary>
    /// The worker checked in: every copy says so, each person told gets a mail to stand down, and the
    /// worker is offered to report an incident.
    /// </summary>
    public async Task StoodDownAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await UpdateEveryCopyAsync(alert, cancellationToken);
        var mail = new MailNotice(AlertTexts.StoodDownSubject(alert), AlertTexts.StoodDownBody(alert, teams.Zone));
        foreach (var person in alert.ToldTargets.Where(t => t.Kind == AlertTargetKind.Person))
        {
            await EnqueueAsync(OutboxIds.For(Key(alert), "stood-down-mail", person.Id), GraphOutboxKinds.Mail, new MailPayload(person.Id, mail), clock.GetUtcNow(), alert, cancellationToken);
        }

        await OfferIncidentReportAsync(alert, cancellationToken);
    }

    /// <summary>
    /// Once an SOS or overdue alert is over, a short message to the worker with a button that starts
    /// the incident report (<c>{"command": "incident"}</c>). Never for a silent alert (duress) or an incident.
    /// </summary>
    public async Task OfferIncidentReportAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Silent || alert.Kind is not (AlertKind.Sos or AlertKind.Overdue))
        {
            return;
        }

        var card = templates.Render(OfferTemplateId, new JsonObject { ["text"] = AlertTexts.IncidentOffer });
        var chat = alert.Worker.Conversation;
        await EnqueueAsync(
            OutboxIds.For(Key(alert), "incident-offer"), ProactiveMessageSender.KindName, new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromCard(card)),
            clock.GetUtcNow(), alert, cancellationToken);
    }

    /// <summary>Brings the copy in <paramref name="conversation"/> up to date.</summary>
    public Task<Guid> UpdateCardAsync(SafetyAlert alert, ConversationRef conversation, CancellationToken cancellationToken) =>
        EnqueueAsync(
            OutboxIds.For(Key(alert), "update", conversation.Key), AlertOutboxKinds.UpdateCard, new AlertCardUpdate(alert.Id, conversation), clock.GetUtcNow(), alert, cancellationToken);

    /// <summary>
    /// A message to the worker's own chat, once per <paramref name="purpose"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The alert is silent: nothing may reach the worker.</exception>
    public Task<Guid> TellWorkerAsync(SafetyAlert alert, string purpose, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Silent)
        {
            throw new InvalidOperationException("Nothing about a silent alert may reach the worker.");
        }

        var chat = alert.Worker.Conversation;
        return EnqueueAsync(
            OutboxIds.For(Key(alert), purpose), ProactiveMessageSender.KindName, new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(text)), clock.GetUtcNow(), alert, cancellationToken);
    }

    /// <summary>A Teams deep link to the bot's chat (feed notices need a web URL; mail shows it).</summary>
    public async Task<string> ChatLinkAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var via = await references.FindAsync(alert.Worker.Conversation.ChannelId, alert.Worker.Conversation.ConversationId, cancellationToken);
        return via is null
            ? "https://teams.microsoft.com"
            : $"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(via.BotId)}";
    }

    /// <summary>The id of everything about <paramref name="alert"/> (its outbox messages, its feed chain).</summary>
    public static string Key(SafetyAlert alert) => "safety-alert:" + alert.Id.ToString("D");

    public static string Number(int step) => step.ToString(CultureInfo.InvariantCulture);

    private async Task UpdateEveryCopyAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        foreach (var card in alert.PostedCards)
        {
            await UpdateCardAsync(alert, card.Conversation, cancellationToken);
        }
    }

    private static int MinutesOverdue(SafetyAlert alert, DateTimeOffset now) =>
        alert.DueBackAt is { } due && now > due ? (int)(now - due).TotalMinutes : 0;

    // Later feed notices about the same alert replace earlier ones in the feed.
    private static long ChainOf(SafetyAlert alert) => BitConverter.ToInt64(alert.Id.ToByteArray(), 0) & long.MaxValue;

    private static string TargetKey(AlertTarget target) => $"{target.Kind}:{target.Id}";

    private Task<Guid> EnqueueAsync<T>(Guid messageId, string kind, T payload, DateTimeOffset dueAt, SafetyAlert alert, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(messageId, kind, payload, dueAt, alert.Id.ToString("D"), cancellationToken);
}
