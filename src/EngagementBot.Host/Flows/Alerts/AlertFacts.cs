using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Incidents;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.LoneWorker;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// The facts shown to people on an alert's ladder (card and mail), by kind. A lone-worker alert shows
/// where the worker went and how to reach them (<see cref="AlertTexts.Facts"/>); an incident shows the
/// person view of the report — worker, case, when, what happened (the pack's labels), anyone hurt, the
/// police and crime reference — and never the reporter's narrative, the place or how the child seemed.
/// None of it is for a channel: the channel card is built without facts.
/// </summary>
public sealed class AlertFacts(IIncidentStore incidents, PackCatalog packs, TeamDirectory teams)
{
    /// <param name="cardTimes">Times as Teams card markup (each reader's own zone), else local text for mail.</param>
    public async Task<IReadOnlyList<AlertFact>> ForAsync(SafetyAlert alert, bool cardTimes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Kind == AlertKind.Incident && alert.SourceId is { } id && await incidents.FindAsync(id, cancellationToken) is { } incident
            ? IncidentFacts(alert, incident, cardTimes)
            : AlertTexts.Facts(alert, teams.Zone, cardTimes);
    }

    private List<AlertFact> IncidentFacts(SafetyAlert alert, Incident incident, bool cardTimes)
    {
        var known = packs.TryGet(incident.PackId, out var pack) ? pack.ThreateningBehaviours : [];
        var labels = incident.Behaviours.Select(id => known.FirstOrDefault(b => b.Id == id)?.Label ?? id).ToList();
        var ownWords = incident.OtherBehaviour is not null || incident.Narrative is not null;
        var what = labels.Count == 0
            ? "Described in their own words (see the incident record)"
            : string.Join(", ", labels) + (ownWords ? " (more in their own words in the record)" : string.Empty);
        return
        [
            new("Worker", AlertTexts.WorkerName(alert)),
            new("Case", incident.CaseReference),
            cardTimes ? new("When", AlertTexts.CardTime(incident.OccurredAt), IsCardMarkup: true) : new("When", AlertTexts.LocalTime(incident.OccurredAt, teams.Zone)),
            new("What happened", what),
            new("Anyone hurt", incident.AnyoneHurt ? "Yes" : "No"),
            new("Police", Police(incident)),
            AlertTexts.AlreadyTold(alert),
        ];
    }

    private static string Police(Incident incident) => incident switch
    {
        { PoliceTold: true, CrimeReference: { } reference } => $"Told (crime reference {reference})",
        { PoliceTold: true } => "Told (no crime reference yet)",
        { PoliceMustBeTold: true } => "NOT told yet, and they must be",
        _ => "Not told",
    };
}
