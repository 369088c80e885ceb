using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Renders the alert cards:
/// <list type="bullet">
/// <item><c>safety-alert</c>, for a person on the ladder (or who took it on from a channel): what
/// they need to act (<see cref="AlertFacts"/>: for a lone-worker alert kind, worker, case, where,
/// expected return, phone; for an incident the report's person view) and who else was told, and,
/// while nobody owns it, "I'm handling this" — on an incident "Acknowledge", with the decisions to
/// record (<see cref="IncidentDecisions"/>) and a note. Once owned, an incident's status says who
/// acknowledged it, when, and what they decided. Its <c>refresh.userIds</c> lists the people told, so
/// Teams fetches the current state whenever they open it.</item>
/// <item><c>safety-alert-channel</c>, for a team channel: no personal data at all, only that an
/// alert for the team needs someone, when, its state and the button. Built from the state and times
/// alone, so no field about the worker can reach it.</item>
/// <item><c>sos-arming</c>, the worker's cancel window.</item>
/// </list>
/// </summary>
public sealed class AlertCards(ICardTemplates templates, IConversationReferenceStore references, IAlertStore alerts, AlertFacts facts)
{
    public const string PersonTemplateId = "safety-alert";
    public const string ChannelTemplateId = "safety-alert-channel";
    public const string ArmingTemplateId = "sos-arming";

    /// <summary>Teams allows at most this many users in <c>refresh.userIds</c>.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>The person view, with the button when <paramref name="viewerAadObjectId"/> may still take it on.</summary>
    public async Task<string> RenderForPersonAsync(SafetyAlert alert, string? viewerAadObjectId, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var rows = new JsonArray();
        foreach (var fact in await facts.ForAsync(alert, cardTimes: true, cancellationToken))
        {
            rows.Add(new JsonObject { ["label"] = fact.Label, ["value"] = fact.IsCardMarkup ? fact.Value : CardText.Escape(fact.Value) });
        }

        var canHandle = alert.State == AlertState.Raised && alert.MayHandle(viewerAadObjectId, viaTeamsChannelId: null);
        var data = Common(alert, await PersonStatusAsync(alert, cancellationToken), canHandle, notice);
        data["title"] = CardText.Escape(AlertTexts.Title(alert));
        data["facts"] = rows;
        data["handleTitle"] = AlertTexts.HandleTitle(alert);
        if (canHandle && alert.Kind == AlertKind.Incident)
        {
            data["canDecide"] = true;
            data["decisionChoices"] = new JsonArray([.. IncidentDecisions.All.Select(d => new JsonObject { ["title"] = d.Label, ["value"] = d.Id })]);
        }

        data["userIds"] = new JsonArray([.. (await UserIdsAsync(alert, cancellationToken)).Select(id => JsonValue.Create(id))]);
        if (alert.State == AlertState.Raised && AlertTexts.KindAdvice(alert) is { } advice)
        {
            data["advice"] = advice;
        }

        return templates.Render(PersonTemplateId, data);
    }

    /// <summary>The channel view: nothing about the worker.</summary>
    public string RenderForChannel(SafetyAlert alert, string? notice)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var data = Common(alert, ChannelStatus(alert), alert.State == AlertState.Raised, notice);
        data["title"] = AlertTexts.ChannelTitle;
        return templates.Render(ChannelTemplateId, data);
    }

    /// <summary>The worker's "sending in … — Cancel" card.</summary>
    public string RenderArming(SafetyAlert alert, TimeSpan window) =>
        templates.Render(ArmingTemplateId, new JsonObject
        {
            ["alertId"] = alert.Id.ToString("D"),
            ["title"] = "Sending an alert",
            ["text"] = AlertTexts.Arming(AlertTexts.Everyone(alert), window),
            ["advice"] = "If you are in danger, call 999.",
        });

    private static JsonObject Common(SafetyAlert alert, string status, bool canHandle, string? notice)
    {
        var data = new JsonObject
        {
            ["alertId"] = alert.Id.ToString("D"),
            ["status"] = status,
            ["tone"] = alert.State == AlertState.Raised ? "attention" : "good",
            ["style"] = alert.State == AlertState.Raised ? "attention" : "good",
            ["updated"] = Updated(alert),
            ["canHandle"] = canHandle,
        };
        if (notice is not null)
        {
            data["notice"] = CardText.Escape(notice);
        }

        return data;
    }

    // Escaped here, where the names are joined with the Teams time functions that must stay live.
    private async Task<string> PersonStatusAsync(SafetyAlert alert, CancellationToken cancellationToken) => alert switch
    {
        { State: AlertState.Handled, Kind: AlertKind.Incident } => await AcknowledgedStatusAsync(alert, cancellationToken),
        _ => PersonStatus(alert),
    };

    private static string PersonStatus(SafetyAlert alert) => alert.State switch
    {
        AlertState.Raised => CardText.Escape(AlertTexts.NeedsSomeoneFor(alert)),
        AlertState.Handled => HandledStatus(alert),
        AlertState.StoodDown => CardText.Escape($"{AlertTexts.WorkerName(alert)} checked in") + At(alert.HandledAt) + ". No action needed.",
        _ => CardText.Escape(AlertTexts.Gone),
    };

    private static string ChannelStatus(SafetyAlert alert) => alert.State switch
    {
        AlertState.Raised => CardText.Escape(AlertTexts.ChannelNeedsSomeone),
        AlertState.Handled => HandledStatus(alert),
        AlertState.StoodDown => CardText.Escape(AlertTexts.ChannelStoodDown),
        _ => CardText.Escape(AlertTexts.Gone),
    };

    // The decisions are the ones recorded with the acknowledgement in the alert's audit trail.
    private async Task<string> AcknowledgedStatusAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        var handled = (await alerts.EventsAsync(alert.Id, cancellationToken)).LastOrDefault(e => e.Kind == AlertEventKinds.Handled);
        var decisions = IncidentDecisions.FromDetail(handled?.Detail);
        return CardText.Escape(AlertTexts.Acknowledged(alert)) + At(alert.HandledAt) + CardText.Escape(" — decisions: " + IncidentDecisions.Describe(decisions));
    }

    private static string HandledStatus(SafetyAlert alert) => CardText.Escape($"Handled by {AlertTexts.HandlerName(alert)}") + At(alert.HandledAt);

    private static string At(DateTimeOffset? at) => at is { } value ? " at " + AlertTexts.CardTime(value) : string.Empty;

    private static string Updated(SafetyAlert alert) => "Raised " + AlertTexts.CardTime(alert.CreatedAt);

    private async Task<List<string>> UserIdsAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var target in alert.ToldTargets.Where(t => t.Kind == AlertTargetKind.Person))
        {
            var chat = await references.FindPersonalByAadObjectIdAsync(target.Id, cancellationToken);
            if (!string.IsNullOrWhiteSpace(chat?.UserId) && !ids.Contains(chat.UserId, StringComparer.Ordinal))
            {
                ids.Add(chat.UserId);
            }
        }

        return [.. ids.Take(MaxRefreshUsers)];
    }
}
