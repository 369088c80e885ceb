using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Engagement;

namespace EngagementBot.Host.Flows.Chronology;

/// <summary>Engagement log lines: the kind in the pack's wording and the agency that logged it (never the note).</summary>
public sealed class EngagementChronologySource(IEngagementLog log, PackCatalog packs) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken)
    {
        var person = packs.Active.Terms.PersonAtRisk;
        return [.. (await log.ForCaseAsync(caseReference, cancellationToken))
            .Select(e => new ChronologyEntry(e.OccurredOn, e.RecordedAt, "Engagement log", EngagementVocabulary.Text(e.Kind, person), e.Agency))];
    }
}

/// <summary>Incidents: that one was reported, with the pack's behaviour labels (never the narrative, place or names).</summary>
public sealed class IncidentChronologySource(IIncidentStore incidents, PackCatalog packs, EngagementClock clock) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken) =>
        [.. (await incidents.ForCaseAsync(caseReference, cancellationToken)).Select(incident =>
        {
            var labels = packs.TryGet(incident.PackId, out var pack)
                ? pack.ThreateningBehaviours.Where(b => incident.Behaviours.Contains(b.Id)).Select(b => b.Label.ToLowerInvariant()).ToList()
                : [];
            var what = labels.Count > 0 ? $"Incident reported: {string.Join(", ", labels)}" : "Incident reported";
            return new ChronologyEntry(clock.DayOf(incident.OccurredAt), incident.SubmittedAt, "Incident", what, null);
        })];
}

/// <summary>Hazard flags: raised (kind and severity) and, when it happened, withdrawn, with the agency.</summary>
public sealed class HazardFlagChronologySource(IHazardFlagStore flags, EngagementClock clock) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken)
    {
        var entries = new List<ChronologyEntry>();
        foreach (var flag in await flags.AllForCaseAsync(caseReference, cancellationToken))
        {
            var kind = HazardVocabulary.Kinds.Text(flag.Kind).ToLowerInvariant();
            var severity = HazardVocabulary.Severities.Text(flag.Severity).ToLowerInvariant();
            entries.Add(new ChronologyEntry(clock.DayOf(flag.RaisedAt), flag.RaisedAt, "Hazard flag", $"Hazard flag raised: {kind} ({severity})", flag.RaisedByAgency));
            if (flag.Withdrawal is { } withdrawal)
            {
                entries.Add(new ChronologyEntry(clock.DayOf(withdrawal.WithdrawnAt), withdrawal.WithdrawnAt, "Hazard flag", $"Hazard flag withdrawn: {kind}", withdrawal.WithdrawnByAgency));
            }
        }

        return entries;
    }
}

/// <summary>Visits as planned (the day of the visit and its risk level; never where).</summary>
public sealed class VisitChronologySource(IVisitPlanStore plans, EngagementClock clock) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken) =>
        [.. (await plans.ForCaseAsync(caseReference, cancellationToken))
            .Select(p => new ChronologyEntry(clock.DayOf(p.VisitAt), p.CreatedAt, "Visit", $"Visit planned (risk: {Level(p.RiskLevel)})", null))];

    private static string Level(Domain.Visits.VisitRiskLevel level) => Domain.Visits.VisitVocabulary.RiskLevels.Text(level).ToLowerInvariant();
}
